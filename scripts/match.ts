/**
 * `npm run --silent match -- URL...`: previews which service each URL matches,
 * straight from the rule files (no build needed). One JSON line per argument,
 * in order. Rule problems are printed to stderr and the affected services are
 * left out; the exit code is non-zero only when no rules could be loaded.
 */
import { formatProblem } from '../src/core/rules-validation.js';
import { verdictLines } from './lib/verdict-lines.js';
import { loadRules } from './lib/load-rules.js';

const { services, families, problems } = loadRules(process.cwd());
for (const problem of problems) console.error(`warning: ${formatProblem(problem)}`);
if (services.length === 0) {
  console.error('error: no rules could be loaded from rules/');
  process.exit(2);
}
for (const line of verdictLines(services, process.argv.slice(2), families)) console.log(line);
