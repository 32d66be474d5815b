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

  it('fails on broken rules, printing every problem with its file', () => {
    const result = rulesCheck('test/fixtures/rules/broken/host-claimed-twice');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\.json/);
    assert.match(result.stderr, /problem\(s\) in the rules\./);
    assert.doesNotMatch(result.stdout, /rules ok/);
  });
});
