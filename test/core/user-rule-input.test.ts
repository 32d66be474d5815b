import assert from 'node:assert/strict';
import { checkUserRule, normaliseHost, type UserRuleCheck } from '../../src/core/user-rule-input.js';
import { SHIPPED } from '../helpers/shipped-rules.js';

const input = (host: string, name = 'Chat', extra: { note?: string; alternatives?: string[] } = {}) => ({ host, name, note: extra.note ?? '', alternatives: extra.alternatives ?? ['element'] });
const errors = (r: UserRuleCheck) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}(${(e.args ?? []).join('|')})`));
const keys = (r: UserRuleCheck) => (r.ok ? [] : r.errors.map((e) => e.key));

describe('user rule input', () => {
  it('accepts a host or a URL and keeps the host, trimmed name and note', () => {
    assert.equal(normaliseHost(' https://www.Chat.Example.org/inbox?x '), 'chat.example.org');
    const result = checkUserRule(input('chat.example.org', '  Chat  ', { note: ' work \n chat ' }), SHIPPED, []);
    assert.deepEqual(result, { ok: true, rule: { id: 'user-chat.example.org', host: 'chat.example.org', name: 'Chat', note: 'work \n chat', alternatives: ['element'] } });
  });

  it('keeps an internationalised host as punycode', () => {
    const result = checkUserRule(input('Bücher.example'), SHIPPED, []);
    assert.equal(result.ok && result.rule.host, 'xn--bcher-kva.example');
  });

  it('names every problem: bad host, already listed (with the service), duplicate, missing name', () => {
    assert.deepEqual(keys(checkUserRule(input('not a host', ''), SHIPPED, [])), ['userRuleErrorHost', 'userRuleErrorName']);
    assert.deepEqual(errors(checkUserRule(input('web.skype.com'), SHIPPED, [])), ['host:userRuleErrorListed(web.skype.com|Skype)']);
    const existing = [{ id: 'user-chat.example.org', host: 'chat.example.org', name: 'Chat', note: '', alternatives: [] }];
    assert.deepEqual(keys(checkUserRule(input('chat.example.org'), SHIPPED, existing)), ['userRuleErrorDuplicate']);
  });

  it('refuses public suffixes, private ones included', () => {
    for (const host of ['com', 'co.uk', 'github.io', 'blogspot.com', 'https://co.uk/']) {
      assert.deepEqual(keys(checkUserRule(input(host), SHIPPED, [])), ['userRuleErrorPublicSuffix'], host);
    }
    assert.equal(checkUserRule(input('someone.github.io'), SHIPPED, []).ok, true, 'one site under a private suffix is fine');
  });

  it('refuses IP addresses and local names', () => {
    for (const host of ['127.0.0.1', '192.168.1.20', '[::1]', 'http://[2001:db8::1]/', 'localhost', 'app.localhost']) {
      assert.deepEqual(keys(checkUserRule(input(host), SHIPPED, [])), ['userRuleErrorLocal'], host);
    }
  });

  it('refuses malformed and over-long hosts', () => {
    for (const host of ['.', 'a..b', '-a.example', 'a_b.example', `${'a'.repeat(64)}.example`, `${'abcdefghi.'.repeat(26)}example`, 'x'.repeat(5000)]) {
      assert.deepEqual(keys(checkUserRule(input(host), SHIPPED, [])), ['userRuleErrorHost'], host.slice(0, 40));
    }
    const huge = checkUserRule(input('x'.repeat(5000)), SHIPPED, []);
    assert.ok(!huge.ok && huge.errors[0]!.args![0]!.length <= 81, 'the message does not echo 5000 characters');
  });

  it('refuses, never cuts, a name or note that is too long', () => {
    assert.deepEqual(keys(checkUserRule(input('chat.example.org', 'n'.repeat(101)), SHIPPED, [])), ['userRuleErrorName']);
    assert.deepEqual(keys(checkUserRule(input('chat.example.org', 'Chat', { note: 'n'.repeat(501) }), SHIPPED, [])), ['userRuleErrorNote']);
    assert.equal(checkUserRule(input('chat.example.org', ` ${'n'.repeat(100)} `, { note: `${'n'.repeat(500)}  ` }), SHIPPED, []).ok, true, 'limits count after trimming');
  });

  it('refuses control, bidirectional and zero-width characters and unpaired surrogates', () => {
    for (const name of ['Chat\u202E', 'Ch\u0000at', 'Chat\nline', 'Ch\u200Bat', 'Chat \uD800', '\u2067Chat']) {
      assert.deepEqual(keys(checkUserRule(input('chat.example.org', name), SHIPPED, [])), ['userRuleErrorCharacters'], JSON.stringify(name));
    }
    assert.deepEqual(keys(checkUserRule(input('chat.example.org', 'Chat', { note: 'a \uDC00 b' }), SHIPPED, [])), ['userRuleErrorCharacters']);
    assert.equal(checkUserRule(input('chat.example.org', 'Чат 💬 دردشة'), SHIPPED, []).ok, true, 'other scripts and emoji are text');
  });

  it('refuses unknown and repeated alternative ids, naming each', () => {
    assert.deepEqual(errors(checkUserRule(input('chat.example.org', 'Chat', { alternatives: ['element', 'nope', 'element'] }), SHIPPED, [])), [
      'alternatives:userRuleErrorAlternativeUnknown(nope)',
      'alternatives:userRuleErrorAlternativeRepeated(element)',
    ]);
  });
});
