import assert from 'node:assert/strict';
import { createMatcher } from '../../src/core/matcher.js';
import { checkUserRule, normaliseHost } from '../../src/core/user-rule-input.js';

const listed = createMatcher([{ id: 'skype', hosts: ['skype.com'] }]);
const input = (host: string, name = 'Chat') => ({ host, name, note: '', alternatives: ['element', 'element'] });

describe('user rule input', () => {
  it('accepts a host or a URL and keeps the host', () => {
    assert.equal(normaliseHost(' https://www.Chat.Example.org/inbox?x '), 'chat.example.org');
    const result = checkUserRule(input('chat.example.org'), listed, []);
    assert.deepEqual(result, { ok: true, rule: { id: 'user-chat.example.org', host: 'chat.example.org', name: 'Chat', note: '', alternatives: ['element'] } });
  });

  it('names every problem: bad host, already listed, duplicate, missing name', () => {
    const keys = (r: ReturnType<typeof checkUserRule>) => (r.ok ? [] : r.errors.map((e) => e.key));
    assert.deepEqual(keys(checkUserRule(input('not a host', ''), listed, [])), ['userRuleErrorHost', 'userRuleErrorName']);
    assert.deepEqual(keys(checkUserRule(input('localhost'), listed, [])), ['userRuleErrorHost']);
    assert.deepEqual(keys(checkUserRule(input('127.0.0.1'), listed, [])), ['userRuleErrorHost']);
    assert.deepEqual(keys(checkUserRule(input('web.skype.com'), listed, [])), ['userRuleErrorListed']);
    const existing = [{ id: 'user-chat.example.org', host: 'chat.example.org', name: 'Chat', note: '', alternatives: [] }];
    assert.deepEqual(keys(checkUserRule(input('chat.example.org'), listed, existing)), ['userRuleErrorDuplicate']);
  });
});
