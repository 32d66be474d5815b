/**
 * `npm run rules:check [-- DIR]`: validates every rule file and prints every
 * problem at once (exit 1). Freshness warnings (old reviews, old summaries)
 * go to stderr too but never fail the check.
 */
import { freshnessWarnings } from '../src/core/rule-freshness.js';
import { formatProblem } from '../src/core/rules-validation.js';
import { loadRules, RULES_DIR, today } from './lib/load-rules.js';

const dir = process.argv[2];
const result = loadRules(process.cwd(), dir ? { services: dir, alternatives: `${dir}/alternatives` } : undefined);
const warnings = freshnessWarnings(
  result.services.map((rule) => ({ file: `${dir ?? RULES_DIR}/${rule.id}.json`, rule })),
  today(),
);
for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) in the rules.`);
  process.exit(1);
}
console.log(`rules ok: ${result.services.length} services, ${result.alternatives.length} alternatives`);

// Not an error: a provider may have no such page, or nobody has found and read it yet.
// Listing the gaps tells a contributor where a small, checkable pull request is welcome.
const withoutLeaveLinks = result.services.filter((service) => !service.howToLeave?.length).map((service) => service.id);
if (withoutLeaveLinks.length > 0) {
  console.log(
    `help wanted: no how-to-leave links yet (the provider's own export or delete pages) for ${withoutLeaveLinks.length}: ${withoutLeaveLinks.join(', ')}`,
  );
}
