/**
 * `npm run --silent match -- URL...`: previews which service each URL matches,
 * straight from the rule files (no build needed). One JSON line per argument,
 * in order. Rule problems are printed to stderr and the affected services are
 * left out; the exit code is non-zero only when no rules could be loaded, or
 * (2, with a usage line) when no URL was given.
 */
import { formatProblem } from '../src/core/rules-validation.js';
import { verdictLines } from './lib/verdict-lines.js';
import { loadRules } from './lib/load-rules.js';

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: npm run --silent match -- URL [URL ...]\n  prints one JSON line per URL: the service it matches, or null (e.g. npm run --silent match -- https://web.skype.com/)');
  process.exit(2);
}
const { services, families, problems } = loadRules(process.cwd());
for (const problem of problems) console.error(`warning: ${formatProblem(problem)}`);
if (services.length === 0) {
  console.error('error: no rules could be loaded from rules/');
  process.exit(2);
}
for (const line of verdictLines(services, urls, families)) console.log(line);
