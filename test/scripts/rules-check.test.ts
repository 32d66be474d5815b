import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function rulesCheck(dir: string) {
  return spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/rules-check.ts'), dir], { encoding: 'utf8' });
}

describe('npm run rules:check', function () {

  it('passes valid rules and names the services that still lack how-to-leave links', () => {
    const result = rulesCheck('test/fixtures/rules/valid');
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines[0], 'rules ok: 2 services, 2 alternatives');
    // mailer.json has no howToLeave; chatter.json has one.
    assert.match(lines[1] ?? '', /^help wanted: .* for 1: mailer$/);
  });

  it('warns about an old review and an old summary without failing', () => {
    const result = rulesCheck('test/fixtures/rules/stale');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^rules ok: 1 services, 2 alternatives/);
    const warnings = result.stderr.trim().split('\n');
    assert.equal(warnings.length, 2, result.stderr);
    assert.match(warnings[0]!, /^warning: test\/fixtures\/rules\/stale\/chatter\.json → lastReviewed: "2020-01-15" is more than 12 months ago — /);
    assert.match(warnings[1]!, /^warning: test\/fixtures\/rules\/stale\/chatter\.json → summary: speaks of 2012, more than five years ago/);
  });

  it('fails on broken rules, printing every problem with its file', () => {
    const result = rulesCheck('test/fixtures/rules/broken/host-claimed-twice');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\.json/);
    assert.match(result.stderr, /problem\(s\) in the rules\./);
    assert.doesNotMatch(result.stdout, /rules ok/);
  });
});
