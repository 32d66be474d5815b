/**
 * `npm run --silent rules:diff -- <git ref>`: what the rule files in the work
 * tree change compared with <ref> (a branch, tag or commit, e.g. main), in a
 * reviewer's words. The old side is read with `git show <ref>:rules/…`, so
 * nothing is checked out. Exit 0 with or without changes; 2 on a bad ref.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ALTERNATIVES_DIR, parseRuleFile, RULES_DIR } from './lib/load-rules.js';
import { describeRulesDiff, type RulesSnapshot } from './lib/rules-diff.js';

const ref = process.argv[2];
if (!ref || ref.startsWith('-')) {
  console.error('usage: npm run --silent rules:diff -- <git ref>   (e.g. main, or the commit a pull request starts from)');
  process.exit(2);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
try {
  git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
} catch {
  console.error(`rules:diff: "${ref}" is not a commit, branch or tag in this repository — give one, e.g. main.`);
  process.exit(2);
}

const unreadable: string[] = [];
function snapshot(side: string, files: string[], read: (file: string) => string): RulesSnapshot {
  const services = new Map();
  const alternatives = new Map();
  for (const file of files) {
    const parsed = parseRuleFile(file, read(file));
    if (parsed.parseError !== undefined || parsed.data === null || typeof parsed.data !== 'object') {
      unreadable.push(`${file} in ${side} is not valid JSON, so it is described as absent — npm run rules:check shows where it breaks.`);
      continue;
    }
    const id = path.basename(file, '.json');
    (path.dirname(file) === ALTERNATIVES_DIR ? alternatives : services).set(id, parsed.data);
  }
  return { services, alternatives };
}
const isRuleFile = (file: string) => path.dirname(file) === RULES_DIR || path.dirname(file) === ALTERNATIVES_DIR;
const readOld = (file: string) => git('show', `${ref}:${file}`);
const oldFiles = git('ls-tree', '-r', '--name-only', ref, '--', `${RULES_DIR}/`).split('\n').filter((f) => f.endsWith('.json') && isRuleFile(f));
const newFiles = [RULES_DIR, ALTERNATIVES_DIR].flatMap((dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => `${dir}/${n}`) : [],
);

const lines = describeRulesDiff(snapshot(ref, oldFiles, readOld), snapshot('the work tree', newFiles, (f) => fs.readFileSync(f, 'utf8')));
console.log(`Rule changes from ${ref} to the work tree:`);
console.log(lines.length ? lines.join('\n') : '  none: no service or alternative changes.');
for (const line of unreadable) console.error(`warning: ${line}`);
