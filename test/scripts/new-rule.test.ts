import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { formatProblem } from '../../src/core/rules-validation.js';
import { CATEGORY_IDS } from '../../src/core/categories.js';

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
  // Each test starts several tsx processes; on a loaded 2-core machine that takes tens of seconds.
  this.timeout(90_000);

  after(() => {
    for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a rule with test URLs for its hosts, whose empty fields rules:check names once each', () => {
    const dir = scratchProject();
    const result = newRule(dir, 'proton-mail', 'mail.proton.me');
    assert.equal(result.status, 0, result.stderr);
    const rule = JSON.parse(fs.readFileSync(path.join(dir, 'rules/proton-mail.json'), 'utf8'));
    assert.equal(rule.id, 'proton-mail');
    assert.deepEqual(rule.hosts, ['mail.proton.me']);
    assert.deepEqual(rule.tests.match, ['https://mail.proton.me/']);
    assert.ok(rule.tests.noMatch.includes('https://mail.proton.me.example.org/'));
    // Nothing pre-filled that would pass unread: no category, no review date, two empty alternatives.
    assert.equal(rule.concerns[0].category, '');
    assert.equal(rule.concerns[0].categoryChoices, CATEGORY_IDS.join(' | '));
    assert.deepEqual(rule.alternatives, ['', '']);
    assert.equal(rule.lastReviewed, '');

    const problems = loadRules(dir).problems;
    assert.deepEqual(
      problems.map((p) => p.path).sort(),
      [
        'alternatives[0]', 'alternatives[1]', 'concerns[0].category', 'concerns[0].claim', 'concerns[0].sources[0].date',
        'concerns[0].sources[0].publisher', 'concerns[0].sources[0].quote', 'concerns[0].sources[0].title', 'concerns[0].sources[0].url', 'lastReviewed',
        'name', 'owner', 'summary',
      ],
      problems.map(formatProblem).join('\n'),
    );
    for (const p of problems) assert.match(p.message, /^is empty — /, formatProblem(p));
    // In the order the fields appear in the file, so a contributor can work down it.
    assert.deepEqual(problems.map((p) => p.path), [
      'name', 'owner', 'summary', 'concerns[0].category', 'concerns[0].claim', 'concerns[0].sources[0].url',
      'concerns[0].sources[0].title', 'concerns[0].sources[0].publisher', 'concerns[0].sources[0].date', 'concerns[0].sources[0].quote',
      'alternatives[0]', 'alternatives[1]', 'lastReviewed',
    ]);
  });

  it('writes www. test URLs only for whole domains, and a placeholder host when none is given', () => {
    const dir = scratchProject();
    assert.equal(newRule(dir, 'skyped', 'skyped.com', 'example.co.uk/app').status, 0);
    const rule = JSON.parse(fs.readFileSync(path.join(dir, 'rules/skyped.json'), 'utf8'));
    assert.deepEqual(rule.tests.match, ['https://skyped.com/', 'https://www.skyped.com/', 'https://example.co.uk/app', 'https://www.example.co.uk/app']);
    assert.equal(newRule(dir, 'nohost').status, 0);
    const problems = loadRules(dir).problems.filter((p) => p.file === 'rules/nohost.json' && p.path === 'hosts[0]');
    assert.match(problems[0]?.message ?? '', /"nohost\.example" does not end in a known top-level domain — write the host/);
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
