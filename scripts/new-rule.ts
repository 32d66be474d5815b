/**
 * `npm run new-rule -- <id> [host ...]`: writes rules/<id>.json from the
 * template, with test URLs for the given hosts. It never overwrites a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RULE_ID, ruleTemplate } from './lib/rule-template.js';

const [id, ...hosts] = process.argv.slice(2);
if (!id || !RULE_ID.test(id)) {
  console.error('usage: npm run new-rule -- <id> [host ...]\n  <id>: lowercase words joined by hyphens, e.g. "proton-mail"');
  process.exit(2);
}
const file = path.join(process.cwd(), 'rules', `${id}.json`);
if (fs.existsSync(file)) {
  console.error(`rules/${id}.json already exists; edit it instead`);
  process.exit(1);
}
fs.writeFileSync(file, JSON.stringify(ruleTemplate(id, hosts), null, 2) + '\n', { flag: 'wx' });
console.log(
  `wrote rules/${id}.json — fill in the empty fields (choose the category from the list beside it, name two alternatives), then run: npm run rules:check`,
);
