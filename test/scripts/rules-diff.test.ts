import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeRulesDiff, type RulesSnapshot } from '../../scripts/lib/rules-diff.js';
import type { ServiceRule } from '../../src/core/rule-types.js';

const chatter = JSON.parse(fs.readFileSync('test/fixtures/rules/valid/chatter.json', 'utf8')) as ServiceRule;
const chatApp = JSON.parse(fs.readFileSync('test/fixtures/rules/valid/alternatives/chat-app.json', 'utf8'));

function snapshot(services: ServiceRule[], alternatives = [chatApp]): RulesSnapshot {
  return { services: new Map(services.map((s) => [s.id, s])), alternatives: new Map(alternatives.map((a) => [a.id, a])) };
}
const copy = <T>(value: T): T => structuredClone(value);

describe('rules:diff', () => {
  it('says nothing when nothing a reviewer cares about changed', () => {
    assert.deepEqual(describeRulesDiff(snapshot([chatter]), snapshot([copy(chatter)])), []);
  });

  it('describes a new and a removed service with where the note shows and the claims with their sources', () => {
    const added = describeRulesDiff(snapshot([]), snapshot([chatter]));
    assert.deepEqual(added.slice(0, 3), [
      '+ new service chatter: Chatter, run by Example Corp',
      '    the note will show on: chatter.example.com, chatter.example.net/app (match patterns *://*.chatter.example.com/*, *://*.chatter.example.net/*)',
      '    summary: "A fixture service used by the unit tests."',
    ]);
    assert.ok(added.includes('    concern [server-side-content]: "A fixture claim about stored messages."'));
    assert.ok(added.includes('      source: A — Example News, 2012-07-27, https://news.example.org/a'));
    assert.deepEqual(describeRulesDiff(snapshot([chatter]), snapshot([])), [
      '- removed service chatter: Chatter — the note no longer shows on: chatter.example.com, chatter.example.net/app',
    ]);
  });

  it('names exclusions added and dropped, saying how far a rule-wide one reaches', () => {
    const before = { ...copy(chatter), exclude: ['chatter.example.com/url', 'chatter.example.com/legal'] };
    const after = { ...copy(chatter), exclude: ['/url', 'chatter.example.com/legal'] };
    assert.deepEqual(describeRulesDiff(snapshot([before]), snapshot([after])), [
      '~ changed service chatter: Chatter',
      '    the note no longer shows on (excluded), on every host of the rule (families included): /url',
      '    exclusions dropped, the note may show again on: chatter.example.com/url',
    ]);
  });

  it('names hosts and match patterns added and removed, a reworded claim with its old wording, and changed sources', () => {
    const after = copy(chatter);
    after.hosts = ['chatter.example.com', 'chatter.example.org'];
    after.concerns[0]!.claim = 'A reworded fixture claim.';
    after.concerns[0]!.sources.push({ url: 'https://court.example.org/b', title: 'B', publisher: 'Example Court', date: '2020-01-02', quote: 'Words of the court.' });
    after.concerns.push({ category: 'data-breach', claim: 'A new breach claim.', sources: [{ url: 'https://news.example.org/c', title: 'C', publisher: 'Example News', date: '2021', quote: 'Words of the news report.' }] });
    after.alternatives = ['mail-app', 'chat-app'];
    after.lastReviewed = '2026-12-01';
    after.tests.match.push('https://chatter.example.org/');
    assert.deepEqual(describeRulesDiff(snapshot([chatter]), snapshot([after])), [
      '~ changed service chatter: Chatter',
      '    the note now also shows on: chatter.example.org',
      '    the note no longer shows on: chatter.example.net/app',
      '    match patterns added: *://*.chatter.example.org/*',
      '    match patterns removed: *://*.chatter.example.net/*',
      '    concern added [data-breach]: "A new breach claim."',
      '      source: C — Example News, 2021, https://news.example.org/c',
      '    concern changed [server-side-content]: "A reworded fixture claim."',
      '      claim was: "A fixture claim about stored messages."',
      '      + source: B — Example Court, 2020-01-02, https://court.example.org/b',
      '    alternatives: mail-app, chat-app (were chat-app, mail-app)',
      '    test URLs: 1 added, 0 removed (not shown to users)',
      '    lastReviewed: 2026-11-30 → 2026-12-01',
    ]);
  });

  it('describes alternatives added, removed and changed', () => {
    const relicensed = { ...chatApp, license: 'MPL-2.0' };
    assert.deepEqual(describeRulesDiff(snapshot([], [chatApp]), snapshot([], [relicensed])), [
      `~ changed alternative chat-app: ${chatApp.name}`,
      `    license: "${chatApp.license}" → "MPL-2.0"`,
    ]);
    assert.match(describeRulesDiff(snapshot([], []), snapshot([], [chatApp]))[0]!, /^\+ new alternative chat-app: /);
    assert.match(describeRulesDiff(snapshot([], [chatApp]), snapshot([], []))[0]!, /^- removed alternative chat-app: /);
  });

  it('runs as npm run rules:diff -- <ref>, reading the old side from git', function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-rules-diff-'));
    const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd: dir, encoding: 'utf8' });
    fs.mkdirSync(path.join(dir, 'rules/alternatives'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'rules/chatter.json'), JSON.stringify(chatter));
    run('git', 'init', '-q');
    run('git', 'add', '.');
    assert.equal(run('git', '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base').status, 0);
    const changed = copy(chatter);
    changed.summary = 'A changed summary for the tests.';
    fs.writeFileSync(path.join(dir, 'rules/chatter.json'), JSON.stringify(changed));
    fs.writeFileSync(path.join(dir, 'rules/alternatives/chat-app.json'), JSON.stringify(chatApp));
    const tsx = path.resolve('node_modules/.bin/tsx');
    const result = run(tsx, path.resolve('scripts/rules-diff.ts'), 'HEAD');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n').slice(0, 4), [
      'Rule changes from HEAD to the work tree:',
      '~ changed service chatter: Chatter',
      '    summary: "A fixture service used by the unit tests." → "A changed summary for the tests."',
      `+ new alternative chat-app: ${chatApp.name} (${chatApp.license}), ${chatApp.homepage} — ${chatApp.description}`,
    ]);
    fs.writeFileSync(path.join(dir, 'rules/half-done.json'), '{ "id": "half-done", }');
    const withBroken = run(tsx, path.resolve('scripts/rules-diff.ts'), 'HEAD');
    assert.equal(withBroken.status, 0);
    assert.match(withBroken.stderr, /^warning: rules\/half-done\.json in the work tree is not valid JSON, so it is described as absent — npm run rules:check shows where it breaks\./);
    assert.equal(run(tsx, path.resolve('scripts/rules-diff.ts'), 'no-such-ref').status, 2);
    assert.equal(run(tsx, path.resolve('scripts/rules-diff.ts')).status, 2);
  });
});
