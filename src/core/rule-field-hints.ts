/**
 * What to write in each rule field, as the end of a problem message: every
 * message from `rules:check` says what is wrong and then what to do. Keyed by
 * the field's own name (the last part of its path, without indexes).
 */
import { CATEGORY_IDS } from './categories.js';

const TESTS_SHAPE =
  'add URLs that must and must not match, e.g. "tests": { "match": ["https://web.skype.com/"], "noMatch": ["https://skype.com.example.org/"] } (`npm run new-rule -- <id> <host>` writes them for you)';

const HINTS: Record<string, string> = {
  id: 'write lowercase words joined by hyphens, the same as the file name, e.g. "proton-mail"',
  name: 'write the name people know it by, e.g. "Skype"',
  owner: 'write the company that runs it, e.g. "Microsoft"',
  summary: 'write the one plain sentence the in-page note shows (10 to 200 characters)',
  hosts: 'list the hosts the service lives on, e.g. ["web.skype.com"] (a host covers its subdomains)',
  concerns: 'add at least one concern: a category, a claim and its sources (CONTRIBUTING, "How to source a claim")',
  category: `choose the one that matches what the source says: ${CATEGORY_IDS.join(', ')} (README, "Concern categories")`,
  claim: 'write one or two neutral sentences saying who stated or reported what, and when, as the sources support (10 to 400 characters)',
  sources: 'add at least one source you have read: url, title, publisher and date',
  url: 'paste the https address of the page you read, exactly as you read it',
  title: "copy the document's own title",
  publisher: 'name who published it: a newspaper, court, company or research group',
  date: 'write the date the document shows: YYYY-MM-DD, e.g. "2013-06-07", or YYYY-MM / YYYY when it shows no day',
  quote: "copy the source's own words that carry the claim, verbatim (10 to 300 characters)",
  note: 'say which copy this is, naming the original, or delete the field',
  alternatives: 'list at least two ids of files in rules/alternatives/, best first, e.g. ["signal", "element"]',
  tests: TESTS_SHAPE,
  match: 'add real URLs of the service that must match it, e.g. "https://web.skype.com/"',
  noMatch: 'add look-alike URLs that must not match it, e.g. "https://skype.com.example.org/"',
  howToLeave: 'list the provider\'s own export and delete pages as { "kind", "title", "url" }, or delete the field',
  kind: 'choose from the values listed',
  lastReviewed: 'write the day you last checked every claim and link, YYYY-MM-DD, e.g. "2026-12-02"',
  description: 'say what it does in a few words, e.g. "Video meetings in the browser" (at most 120 characters)',
  homepage: "paste the https address of the project's home page",
  repository: "paste the https address of the project's source repository",
  license: 'write the SPDX licence id from the project\'s own licence file, e.g. "GPL-3.0-or-later"',
  platforms: 'list where it runs: web, windows, macos, linux, android, ios',
};

/** `concerns[0].sources[1].url` → `url` */
export function fieldName(path: string): string {
  return path.replace(/\[\d+\]/g, '').split('.').pop() ?? '';
}

/** What to write in the field at `path`. */
export function fieldHint(path: string): string {
  return HINTS[fieldName(path)] ?? 'see the field\'s description in rules/schema/ (editors show it when the file names its "$schema")';
}
