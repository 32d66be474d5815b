import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { formatProblem } from '../../src/core/rules-validation.js';
import { hostProblem, ruleWidePathProblem } from '../../src/core/value-checks.js';

const ROOT = process.cwd();
const FIXTURES = 'test/fixtures/rules';
const VALID = `${FIXTURES}/valid`;

interface Expected {
  file: string;
  path: string;
  message: string;
}

function load(dir: string) {
  const ownAlternatives = fs.existsSync(path.join(ROOT, dir, 'alternatives'));
  return loadRules(ROOT, { services: dir, alternatives: ownAlternatives ? `${dir}/alternatives` : `${VALID}/alternatives` });
}

describe('validateRules', () => {
  it('accepts the valid fixture database', () => {
    const result = load(VALID);
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.deepEqual(result.services.map((s) => s.id).sort(), ['chatter', 'mailer']);
    assert.equal(result.alternatives.length, 2);
  });

  const brokenDir = path.join(ROOT, FIXTURES, 'broken');
  for (const name of fs.readdirSync(brokenDir).filter((n) => !n.endsWith('.json')).sort()) {
    it(`reports every problem of the "${name}" fixture, with file and field`, () => {
      const dir = `${FIXTURES}/broken/${name}`;
      const expected = JSON.parse(fs.readFileSync(path.join(brokenDir, `${name}.expected.json`), 'utf8')) as Expected[];
      const problems = load(dir).problems;
      for (const e of expected) {
        const file = `${dir}/${e.file}`;
        assert.ok(
          problems.some((p) => p.file === file && p.path === e.path && p.message.includes(e.message)),
          `expected ${file} → ${e.path}: …${e.message}… in\n${problems.map(formatProblem).join('\n')}`,
        );
      }
      assert.equal(problems.length, expected.length, `unexpected extra problems:\n${problems.map(formatProblem).join('\n')}`);
    });
  }

  it('ends every message with what to do, names no raw pattern, and reports each field once', () => {
    for (const name of fs.readdirSync(brokenDir).filter((n) => !n.endsWith('.json'))) {
      const problems = load(`${FIXTURES}/broken/${name}`).problems;
      for (const p of problems) {
        const sentence = p.message.split('\n')[0]!;
        assert.match(sentence, / — \S.*\.$/, `no "— what to do." in: ${formatProblem(p)}`);
        assert.doesNotMatch(sentence, /\\d|\^\[|\^\\|\$\)|\(\?:/, `a raw pattern in: ${formatProblem(p)}`);
      }
      const places = problems.map((p) => `${p.file} → ${p.path}`);
      const repeated = places.filter((place, i) => places.indexOf(place) !== i);
      // Two different hosts problems on one entry are real (e.g. uppercase and a bad path); none of the fixtures has them.
      assert.deepEqual(repeated, [], `${name}: one field reported twice`);
    }
  });

  it('knows a rule-wide path exclusion from a malformed one, with one sentence for each problem', () => {
    assert.equal(ruleWidePathProblem('/url'), null);
    assert.equal(ruleWidePathProblem('/search/howsearchworks/'), null);
    assert.match(ruleWidePathProblem('/') ?? '', /^"\/" would exclude every page of this rule — /);
    assert.match(ruleWidePathProblem('//') ?? '', /would exclude every page/);
    assert.match(ruleWidePathProblem('/url?q=1') ?? '', /has a query or fragment, .* — write the path alone, like "\/url"\.$/);
    assert.match(ruleWidePathProblem('/amp#top') ?? '', /like "\/amp"\.$/);
    assert.match(ruleWidePathProblem('/?q=1') ?? '', /has a query or fragment, .*like "\/about"\.$/);
    assert.match(ruleWidePathProblem('/a b') ?? '', /is not a plain URL path — /);
    assert.match(ruleWidePathProblem('/a//b') ?? '', /is not a plain URL path — /);
  });

  it('knows public suffixes, IPs and valid hosts apart', () => {
    assert.equal(hostProblem('skype.com'), null);
    assert.equal(hostProblem('teams.cloud.microsoft'), null);
    assert.match(hostProblem('com') ?? '', /public suffix/);
    assert.match(hostProblem('co.uk') ?? '', /public suffix/);
    assert.match(hostProblem('blogspot.com') ?? '', /public suffix/);
    assert.match(hostProblem('10.0.0.1') ?? '', /IP address/);
    assert.match(hostProblem('localhost') ?? '', /public suffix|top-level/);
  });
});
