/**
 * Validates the whole rule database and reports every problem at once, each
 * with its file, the field path and a plain sentence. Runs at build time and in
 * `npm run rules:check`; never shipped in the extension (it pulls in ajv and
 * tldts, which the content script must not carry).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parseHostSpec } from './host-spec.js';
import { unknownLicenseIds } from './licenses.js';
import { familyDomains, matchableService } from './host-families.js';
import { createMatcher } from './matcher.js';
import { nearestId } from './nearest-id.js';
import { withoutRepeats } from './one-message-per-field.js';
import { inFileOrder } from './problem-order.js';
import { reachProblems, validateFamilyFiles } from './reach-validation.js';
import type { Alternative, HostFamily, ServiceRule } from './rule-types.js';
import { CATEGORY_CHOICES_KEY, schemaProblem } from './schema-messages.js';
import { dateProblem, hiddenCharacterProblems, hostProblem, httpsUrlProblem } from './value-checks.js';

export interface RuleFile {
  /** Path relative to the project root, e.g. `rules/skype.json`. */
  file: string;
  /** The parsed JSON, or the parse error's message. */
  data: unknown;
  parseError?: string;
}

export interface Problem {
  file: string;
  /** Field path such as `concerns[0].sources[1].url`; '' for the file itself. */
  path: string;
  message: string;
}

export interface ValidatedRules {
  services: ServiceRule[];
  alternatives: Alternative[];
  families: HostFamily[];
  problems: Problem[];
}

export interface Schemas {
  service: object;
  alternative: object;
  family?: object;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.path ? ` → ${p.path}` : ''}: ${p.message}`;
}

function idProblem(file: string, id: unknown): Problem | null {
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (typeof id === 'string' && id !== expected) {
    return { file, path: 'id', message: `"${id}" must equal the file name ("${expected}") — change the id, or rename the file to ${id}.json.` };
  }
  return null;
}

function compile(schema: object): ValidateFunction {
  // verbose: errors carry the offending value, so a message can quote it.
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** Reads a field loosely: semantic checks also run on files that failed the schema. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : '')) : [];
}
function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((v) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {})) : [];
}
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function validateRules(
  serviceFiles: readonly RuleFile[],
  alternativeFiles: readonly RuleFile[],
  schemas: Schemas,
  today: string,
  familyFiles: readonly RuleFile[] = [],
): ValidatedRules {
  const problems: Problem[] = [];
  /** Problems found by the schema: dropped below where a sharper check reports the same field. */
  const fromSchema = new Set<Problem>();
  const wrongTypes = new Set<Problem>();
  const dataByFile = new Map<string, unknown>();
  const checkService = compile(schemas.service);
  const checkAlternative = compile(schemas.alternative);
  const alternatives: Alternative[] = [];
  const candidates: { file: string; rule: ServiceRule }[] = [];

  /** Schema and id checks; returns the data as a record when it is an object at all. */
  const readFile = (f: RuleFile, check: ValidateFunction): { data: Record<string, unknown>; valid: boolean } | null => {
    if (f.parseError !== undefined) {
      problems.push({ file: f.file, path: '', message: `is not valid JSON: ${f.parseError}` });
      return null;
    }
    dataByFile.set(f.file, f.data);
    const ok = check(f.data);
    for (const error of check.errors ?? []) {
      const problem = { file: f.file, ...schemaProblem(error) };
      fromSchema.add(problem);
      if (error.keyword === 'type') wrongTypes.add(problem);
      problems.push(problem);
    }
    if (f.data === null || typeof f.data !== 'object' || Array.isArray(f.data)) return null;
    const data = f.data as Record<string, unknown>;
    hiddenCharacterProblems(f.file, data, '', problems);
    const idIssue = idProblem(f.file, data.id);
    if (idIssue) problems.push(idIssue);
    return { data, valid: ok === true && idIssue === null };
  };

  for (const f of alternativeFiles) {
    const read = readFile(f, checkAlternative);
    if (read === null) continue;
    const before = problems.length;
    for (const field of ['homepage', 'repository'] as const) {
      const value = text(read.data[field]);
      const issue = value === undefined ? null : httpsUrlProblem(value);
      if (issue) problems.push({ file: f.file, path: field, message: issue });
    }
    const license = text(read.data.license);
    const unknown = license === undefined ? [] : unknownLicenseIds(license);
    if (unknown.length > 0) {
      problems.push({
        file: f.file,
        path: 'license',
        message: `${unknown.map((id) => `"${id}"`).join(', ')} is not a free-software SPDX licence id on the list in src/core/licenses.ts — write the SPDX id the project's own licence file names, e.g. "GPL-3.0-or-later"; only free-software licences qualify.`,
      });
    }
    if (read.valid && problems.length === before) alternatives.push(read.data as unknown as Alternative);
  }
  const alternativeIds = new Set(alternatives.map((a) => a.id));
  const knownAlternativeFiles = new Set(alternativeFiles.map((f) => f.file.replace(/^.*\//, '').replace(/\.json$/, '')));

  const hostOwner = new Map<string, string>();
  for (const f of serviceFiles) {
    const read = readFile(f, checkService);
    if (read === null) continue;
    const data = read.data;
    const id = text(data.id) ?? f.file;
    const before = problems.length;
    const push = (path: string, message: string) => problems.push({ file: f.file, path, message });

    strings(data.hosts).forEach((spec, i) => {
      const { host, pathPrefix } = parseHostSpec(spec);
      const issue = hostProblem(host);
      if (issue) push(`hosts[${i}]`, issue);
      if (pathPrefix !== '' && !/^(\/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+$/.test(pathPrefix)) {
        push(`hosts[${i}]`, `"${spec}" has a path prefix that is not a plain URL path — write host/path with letters, digits and - . _ ~ only, like "google.com/maps".`);
      }
      const key = `${host}${pathPrefix}`;
      const owner = hostOwner.get(key);
      if (owner !== undefined && owner !== id) {
        push(
          `hosts[${i}]`,
          `"${spec}" is already claimed by the service "${owner}" — a host belongs to one service: name a more specific host or a host/path that only this service uses (like "sub.${host}" or "${host}/path"), or, if "${owner}" should not cover it, exclude it there.`,
        );
      } else if (owner === id) push(`hosts[${i}]`, `"${spec}" is listed twice — delete one.`);
      else hostOwner.set(key, id);
    });
    objects(data.concerns).forEach((concern, i) =>
      objects(concern.sources).forEach((source, j) => {
        const url = text(source.url);
        const urlIssue = url === undefined ? null : httpsUrlProblem(url, true);
        if (urlIssue) push(`concerns[${i}].sources[${j}].url`, urlIssue);
        const date = text(source.date);
        const dateIssue = date === undefined ? null : dateProblem(date, today, 'source');
        if (dateIssue) push(`concerns[${i}].sources[${j}].date`, dateIssue);
      }),
    );
    objects(data.howToLeave).forEach((leave, i) => {
      const url = text(leave.url);
      const issue = url === undefined ? null : httpsUrlProblem(url);
      if (issue) push(`howToLeave[${i}].url`, issue);
    });
    const reviewed = text(data.lastReviewed);
    const reviewedIssue = reviewed === undefined ? null : dateProblem(reviewed, today, 'reviewed');
    if (reviewedIssue) push('lastReviewed', reviewedIssue);
    objects(data.concerns).forEach((concern, i) => {
      if (concern.category === '' && CATEGORY_CHOICES_KEY in concern) {
        push(`concerns[${i}].category`, `is empty — choose the one category listed in "${CATEGORY_CHOICES_KEY}" beside it that matches what the source says, then delete "${CATEGORY_CHOICES_KEY}".`);
      }
    });
    const seen = new Set<string>();
    const altIds = strings(data.alternatives);
    altIds.forEach((altId, i) => {
      if (altId === '') return push(`alternatives[${i}]`, 'is empty — write the id of a file in rules/alternatives/, e.g. "signal".');
      if (seen.has(altId)) push(`alternatives[${i}]`, `"${altId}" is listed twice — delete one.`);
      seen.add(altId);
      if (!knownAlternativeFiles.has(altId)) push(`alternatives[${i}]`, unknownAlternativeMessage(altId, knownAlternativeFiles));
    });
    // CONTRIBUTING: a service is listed only when at least two free alternatives exist.
    if (Array.isArray(data.alternatives) && altIds.length < 2) {
      push('alternatives', `lists ${altIds.length === 0 ? 'none' : 'only one'} — list at least two free-software alternatives for the same job, best first, as ids of files in rules/alternatives/ (CONTRIBUTING, "Which services are included").`);
    }
    if (read.valid && problems.length === before) candidates.push({ file: f.file, rule: data as unknown as ServiceRule });
  }

  const families = familyFiles.length > 0 && schemas.family ? validateFamilyFiles(familyFiles, compile(schemas.family), (file, error) => ({ file, ...schemaProblem(error) }), hostProblem, problems) : [];
  problems.push(...reachProblems(candidates, families, hostProblem));

  // Test URLs are checked against the whole database, so a URL that another
  // service's more specific host takes is reported too.
  const domains = familyDomains(families);
  const matcher = createMatcher(candidates.map((c) => matchableService(c.rule, domains)));
  for (const { file, rule } of candidates) {
    rule.tests.match.forEach((url, i) => {
      const verdict = matcher.match(url);
      if (verdict.kind === 'invalid') {
        problems.push({ file, path: `tests.match[${i}]`, message: `"${url}" is ${verdict.reason} — write the whole address, starting with https://.` });
      } else if (verdict.kind !== 'match') {
        problems.push({
          file,
          path: `tests.match[${i}]`,
          message: `"${url}" should match this service but matches no service — use a real address of the service on one of its hosts (${rule.hosts.join(', ')}), or add the host it lives on to "hosts".`,
        });
      } else if (verdict.serviceId !== rule.id) {
        problems.push({
          file,
          path: `tests.match[${i}]`,
          message: `"${url}" should match this service but matches the service "${verdict.serviceId}", which lists a more specific host for it — use an address only this service serves.`,
        });
      }
    });
    rule.tests.noMatch.forEach((url, i) => {
      const verdict = matcher.match(url);
      if (verdict.kind === 'invalid') {
        problems.push({ file, path: `tests.noMatch[${i}]`, message: `"${url}" is ${verdict.reason} — write the whole address, starting with https://.` });
      } else if (verdict.kind === 'match' && verdict.serviceId === rule.id) {
        problems.push({
          file,
          path: `tests.noMatch[${i}]`,
          message: `"${url}" should not match this service but does — if the address really is the service's, move it to tests.match; otherwise make "hosts" more specific (a narrower host, or host/path).`,
        });
      }
    });
  }
  return {
    services: candidates.map((c) => c.rule).filter((s) => s.alternatives.every((altId) => alternativeIds.has(altId))),
    alternatives,
    families,
    problems: inFileOrder(withoutRepeats(problems, fromSchema, wrongTypes), dataByFile),
  };
}

function unknownAlternativeMessage(altId: string, known: ReadonlySet<string>): string {
  const near = nearestId(altId, [...known].sort());
  const guess = near ? ` (did you mean "${near}"?)` : '';
  return `"${altId}" is not an alternative: there is no file rules/alternatives/${altId}.json${guess} — fix the id, or add the alternative's file (CONTRIBUTING, "Adding a rule", step 6).`;
}
