/**
 * Validates the whole rule database and reports every problem at once, each
 * with its file, the field path and a plain sentence. Runs at build time and in
 * `npm run rules:check`; never shipped in the extension (it pulls in ajv and
 * tldts, which the content script must not carry).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseDomain } from 'tldts';
import { parseHostSpec } from './host-spec.js';
import { unknownLicenseIds } from './licenses.js';
import { familyDomains, matchableService } from './host-families.js';
import { createMatcher } from './matcher.js';
import { reachProblems, validateFamilyFiles } from './reach-validation.js';
import type { Alternative, HostFamily, ServiceRule } from './rule-types.js';

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

/** `/concerns/0/url` → `concerns[0].url` */
function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function ajvProblem(file: string, error: ErrorObject): Problem {
  const path = fieldPath(error.instancePath);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { file, path: join(path, String(p.missingProperty)), message: 'is required but missing' };
    case 'additionalProperties':
      return { file, path: join(path, String(p.additionalProperty)), message: 'is not a known field (check its spelling)' };
    case 'type':
      return { file, path, message: `must be ${p.type === 'array' || p.type === 'object' ? 'an' : 'a'} ${String(p.type)}` };
    case 'enum':
      return { file, path, message: `must be one of: ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'pattern':
      return { file, path, message: `does not have the expected form (${String(p.pattern)})` };
    case 'minItems':
      return { file, path, message: `needs at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}` };
    case 'minLength':
      return { file, path, message: p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long` };
    case 'maxLength':
      return { file, path, message: `must be at most ${String(p.limit)} characters long` };
    case 'format':
      return { file, path, message: `must be a valid ${String(p.format).toUpperCase()}` };
    default:
      return { file, path, message: error.message ?? 'is not valid' };
  }
}

const HOST_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why `host` cannot be a rule host, or null when it can. */
export function hostProblem(host: string): string | null {
  if (host !== host.toLowerCase()) return `"${host}" must be lowercase`;
  if (host.length > 253 || !host.split('.').every((label) => HOST_LABEL.test(label))) {
    return `"${host}" is not a valid hostname`;
  }
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  if (parsed.isIp) return `"${host}" is an IP address; rules name hosts`;
  if (!parsed.domain || parsed.publicSuffix === host) {
    return `"${host}" is a public suffix (like "com" or "co.uk"), which would match unrelated sites`;
  }
  if (!parsed.isIcann && !parsed.isPrivate) return `"${host}" does not end in a known top-level domain`;
  return null;
}

function dateProblem(value: string, today: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return `"${value}" is not a date (use YYYY-MM-DD, or YYYY-MM / YYYY when the day is unknown)`;
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) {
    return `"${value}" is not a real calendar date`;
  }
  if (`${y}-${mo}-${d}` > today) return `"${value}" is in the future`;
  return null;
}

function httpsUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a well-formed URL`;
  }
  if (url.protocol !== 'https:') return `"${value}" must use https`;
  if (hostProblem(url.hostname.replace(/\.$/, '')) !== null) return `"${value}" does not have a valid public host`;
  return null;
}

/** Invisible and direction-changing characters: never needed in a claim, and able to disguise one. */
const HIDDEN_CHARACTERS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

function hiddenCharacterProblems(file: string, value: unknown, path: string, out: Problem[]): void {
  if (typeof value === 'string') {
    if (HIDDEN_CHARACTERS.test(value)) out.push({ file, path, message: 'contains invisible or direction-changing characters (zero-width or bidirectional controls)' });
  } else if (Array.isArray(value)) value.forEach((v, i) => hiddenCharacterProblems(file, v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) hiddenCharacterProblems(file, v, path ? `${path}.${k}` : k, out);
  }
}

function idProblem(file: string, id: unknown): Problem | null {
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (typeof id === 'string' && id !== expected) {
    return { file, path: 'id', message: `"${id}" must equal the file name ("${expected}")` };
  }
  return null;
}

function compile(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
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
    const ok = check(f.data);
    for (const error of check.errors ?? []) problems.push(ajvProblem(f.file, error));
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
        message: `${unknown.map((id) => `"${id}"`).join(', ')} is not a free-software SPDX licence id on the list in src/core/licenses.ts`,
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
        push(`hosts[${i}]`, `"${spec}" has a path prefix that is not a plain URL path`);
      }
      const key = `${host}${pathPrefix}`;
      const owner = hostOwner.get(key);
      if (owner !== undefined && owner !== id) push(`hosts[${i}]`, `"${spec}" is already claimed by the service "${owner}"`);
      else if (owner === id) push(`hosts[${i}]`, `"${spec}" is listed twice`);
      else hostOwner.set(key, id);
    });
    objects(data.concerns).forEach((concern, i) =>
      objects(concern.sources).forEach((source, j) => {
        const url = text(source.url);
        const urlIssue = url === undefined ? null : httpsUrlProblem(url);
        if (urlIssue) push(`concerns[${i}].sources[${j}].url`, urlIssue);
        const date = text(source.date);
        const dateIssue = date === undefined ? null : dateProblem(date, today);
        if (dateIssue) push(`concerns[${i}].sources[${j}].date`, dateIssue);
      }),
    );
    objects(data.howToLeave).forEach((leave, i) => {
      const url = text(leave.url);
      const issue = url === undefined ? null : httpsUrlProblem(url);
      if (issue) push(`howToLeave[${i}].url`, issue);
    });
    const reviewed = text(data.lastReviewed);
    const reviewedIssue = reviewed === undefined ? null : dateProblem(reviewed, today);
    if (reviewedIssue) push('lastReviewed', reviewedIssue);
    const seen = new Set<string>();
    strings(data.alternatives).forEach((altId, i) => {
      if (seen.has(altId)) push(`alternatives[${i}]`, `"${altId}" is listed twice`);
      seen.add(altId);
      if (!knownAlternativeFiles.has(altId)) push(`alternatives[${i}]`, `"${altId}" is not an alternative (no file rules/alternatives/${altId}.json)`);
    });
    if (read.valid && problems.length === before) candidates.push({ file: f.file, rule: data as unknown as ServiceRule });
  }

  const families = familyFiles.length > 0 && schemas.family ? validateFamilyFiles(familyFiles, compile(schemas.family), ajvProblem, hostProblem, problems) : [];
  problems.push(...reachProblems(candidates, families, hostProblem));

  // Test URLs are checked against the whole database, so a URL that another
  // service's more specific host takes is reported too.
  const domains = familyDomains(families);
  const matcher = createMatcher(candidates.map((c) => matchableService(c.rule, domains)));
  for (const { file, rule } of candidates) {
    rule.tests.match.forEach((url, i) => {
      const verdict = matcher.match(url);
      if (verdict.kind === 'invalid') problems.push({ file, path: `tests.match[${i}]`, message: `"${url}" is ${verdict.reason}` });
      else if (verdict.kind !== 'match' || verdict.serviceId !== rule.id) {
        const got = verdict.kind === 'match' ? `the service "${verdict.serviceId}"` : 'no service';
        problems.push({ file, path: `tests.match[${i}]`, message: `"${url}" should match this service but matches ${got}` });
      }
    });
    rule.tests.noMatch.forEach((url, i) => {
      const verdict = matcher.match(url);
      if (verdict.kind === 'invalid') problems.push({ file, path: `tests.noMatch[${i}]`, message: `"${url}" is ${verdict.reason}` });
      else if (verdict.kind === 'match' && verdict.serviceId === rule.id) {
        problems.push({ file, path: `tests.noMatch[${i}]`, message: `"${url}" should not match this service but does` });
      }
    });
  }
  return {
    services: candidates.map((c) => c.rule).filter((s) => s.alternatives.every((altId) => alternativeIds.has(altId))),
    alternatives,
    families,
    problems,
  };
}
