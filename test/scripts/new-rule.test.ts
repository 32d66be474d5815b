import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { formatProblem } from '../../src/core/rules-validation.js';

const scratchDirs: string[] = [];

/** A scratch project with the real schemas and alternatives, so the real script runs unchanged. */
function scratchProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-new-rule-'));
  scratchDirs.push(dir);
  fs.cpSync('rules/schema', path.join(dir, 'rules/schema'), { recursive: true });
  fs.cpSync('rules/alternatives', path.join(dir, 'rules/alternatives'), { recursive: true });
  return dir;
}

function newRule(cwd: string, ...args: string[]) {
  return spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/new-rule.ts'), ...args], { cwd, encoding: 'utf8' });
}

describe('npm run new-rule', function () {

  after(() => {
    for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a rule with test URLs for its hosts, whose empty fields rules:check names one by one', () => {
    const dir = scratchProject();
    const result = newRule(dir, 'proton-mail', 'mail.proton.me');
    assert.equal(result.status, 0, result.stderr);
    const rule = JSON.parse(fs.readFileSync(path.join(dir, 'rules/proton-mail.json'), 'utf8'));
    assert.equal(rule.id, 'proton-mail');
    assert.deepEqual(rule.hosts, ['mail.proton.me']);
    assert.ok(rule.tests.match.includes('https://mail.proton.me/'));
    assert.ok(rule.tests.noMatch.includes('https://mail.proton.me.example.org/'));

    const problems = loadRules(dir).problems.map(formatProblem);
    for (const field of ['name', 'owner', 'summary', 'concerns[0].claim', 'concerns[0].sources[0].url', 'alternatives']) {
      assert.ok(problems.some((p) => p.includes(`→ ${field}:`)), `no problem named ${field} in:\n${problems.join('\n')}`);
    }
  });

  it('refuses a bad id and never overwrites an existing rule', () => {
    const dir = scratchProject();
    assert.equal(newRule(dir, 'Bad Id').status, 2);
    assert.equal(newRule(dir).status, 2);
    assert.equal(newRule(dir, 'dup').status, 0);
    fs.writeFileSync(path.join(dir, 'rules/dup.json'), '{"kept": true}');
    const again = newRule(dir, 'dup');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
    assert.equal(fs.readFileSync(path.join(dir, 'rules/dup.json'), 'utf8'), '{"kept": true}');
  });
});
