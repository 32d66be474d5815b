/** The message map's wire format: what the background answers, and how a sender reads it. */
import assert from 'node:assert/strict';
import { dispatch, unwrapReply, type Handlers } from '../../src/core/messages.js';

describe('messages', () => {
  it('unwrap a reply into the handler result, undefined and null included', () => {
    assert.deepEqual(unwrapReply('evidence', { ok: [{ claim: 'c' }] }), [{ claim: 'c' }]);
    assert.equal(unwrapReply('dismiss', { ok: null }), null);
    // A result of undefined arrives as {} once serialised.
    assert.equal(unwrapReply('pageLeft', {}), undefined);
  });

  it("turn a handler's failure back into an Error with its message", () => {
    assert.throws(() => unwrapReply('evidence', { failed: 'no such service "x"' }), /^Error: no such service "x"$/);
  });

  it('refuse no answer at all, naming the message', () => {
    for (const reply of [undefined, null, 'ok', 3]) assert.throws(() => unwrapReply('openDetails', reply), /"openDetails"/);
  });

  it('route only the messages in the map', async () => {
    const handlers = { dismiss: async () => null } as unknown as Handlers;
    assert.equal(await dispatch(handlers, { type: 'dismiss', serviceId: 's' }, {}), null);
    await assert.rejects(dispatch(handlers, { type: 'toString' }, {}), /unknown message "toString"/);
    await assert.rejects(dispatch(handlers, null, {}), /unknown message/);
  });
});
