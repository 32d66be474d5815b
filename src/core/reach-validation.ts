/**
 * Checks what decides a rule's reach, beyond the schema: host families
 * (`rules/families/*.json` and the rules' `families` entries), exclusions
 * (`host`, `host/path`, and rule-wide `/path`),
 * an account rule's `opens`, and the project's convention that the way-out
 * pages (a rule's `howToLeave`) warn for no service. Called from
 * validateRules; reports every problem, each with file and field path.
 */
import type { ValidateFunction } from 'ajv';
import { familyDomains, familyHostSpecs, matchableService, type FamilyDomains } from './host-families.js';
import { parseHostSpec, pathHasPrefix } from './host-spec.js';
import { createMatcher } from './matcher.js';
import type { HostFamily, ServiceRule } from './rule-types.js';
import type { Problem, RuleFile } from './rules-validation.js';
import { ruleWidePathProblem } from './value-checks.js';

type HostProblem = (host: string) => string | null;
type AjvProblem = (file: string, error: NonNullable<ValidateFunction['errors']>[number]) => Problem;

const fileId = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '');

/** Reads and checks the family files; returns the valid ones. */
export function validateFamilyFiles(files: readonly RuleFile[], check: ValidateFunction, ajvProblem: AjvProblem, hostProblem: HostProblem, problems: Problem[]): HostFamily[] {
  const families: HostFamily[] = [];
  for (const f of files) {
    if (f.parseError !== undefined) {
      problems.push({ file: f.file, path: '', message: `is not valid JSON: ${f.parseError} — fix the syntax at that place (npm run rules:check shows the line).` });
      continue;
    }
    const before = problems.length;
    const ok = check(f.data);
    for (const error of check.errors ?? []) problems.push(ajvProblem(f.file, error));
    const data = (f.data ?? {}) as Partial<HostFamily>;
    if (typeof data.id === 'string' && data.id !== fileId(f.file)) {
      problems.push({ file: f.file, path: 'id', message: `"${data.id}" must equal the file name ("${fileId(f.file)}") — rename the file or change the id so they agree.` });
    }
    const seen = new Set<string>();
    (Array.isArray(data.domains) ? data.domains : []).forEach((domain, i) => {
      if (typeof domain !== 'string') return;
      const issue = hostProblem(domain);
      if (issue) problems.push({ file: f.file, path: `domains[${i}]`, message: issue });
      if (seen.has(domain)) problems.push({ file: f.file, path: `domains[${i}]`, message: `"${domain}" is listed twice — delete the second one.` });
      seen.add(domain);
    });
    if (ok === true && problems.length === before) families.push(data as HostFamily);
  }
  return families;
}

interface Candidate {
  file: string;
  rule: ServiceRule;
}

/** Whether `spec` lies inside the host spec `owner` (same host or a subdomain; inside its path prefix). */
function inside(spec: string, owner: string): boolean {
  const a = parseHostSpec(spec);
  const b = parseHostSpec(owner);
  if (a.host !== b.host && !a.host.endsWith(`.${b.host}`)) return false;
  return b.pathPrefix === '' || pathHasPrefix(a.pathPrefix, b.pathPrefix);
}

export function reachProblems(candidates: readonly Candidate[], families: readonly HostFamily[], hostProblem: HostProblem): Problem[] {
  const problems: Problem[] = [];
  const domains: FamilyDomains = familyDomains(families);
  const ids = new Set(candidates.map((c) => c.rule.id));
  const expanded = new Map(candidates.map((c) => [c.rule.id, matchableService(c.rule, domains).hosts]));
  // Own hosts first (validateRules already keeps them unique), then family hosts in file order.
  const owner = new Map<string, string>();
  for (const { rule } of candidates) for (const spec of rule.hosts) if (!owner.has(spec)) owner.set(spec, rule.id);
  const familyOwner = new Map<string, string>();

  for (const { file, rule } of candidates) {
    const push = (path: string, message: string) => problems.push({ file, path, message });
    rule.families?.forEach((use, i) => {
      if (!domains.has(use.family)) {
        push(`families[${i}].family`, `"${use.family}" is not a host family (no valid file rules/families/${use.family}.json) — fix the id, or add the family's file with its source.`);
        return;
      }
      for (const spec of familyHostSpecs(use, domains)) {
        const other = owner.get(spec) ?? familyOwner.get(spec);
        if (other !== undefined && other !== rule.id) push(`families[${i}]`, `gives "${spec}", which the service "${other}" already claims — use a subdomain or path that only this service uses, or exclude it in "${other}".`);
        else familyOwner.set(spec, rule.id);
      }
    });
  }
  for (const { file, rule } of candidates) {
    const push = (path: string, message: string) => problems.push({ file, path, message });
    const own = expanded.get(rule.id)!;
    rule.exclude?.forEach((spec, i) => {
      if (spec.startsWith('/')) {
        const issue = ruleWideProblem(spec, rule, own);
        if (issue) push(`exclude[${i}]`, issue);
        return;
      }
      // One message per exclusion: the first thing to fix (a malformed spec makes the later checks moot).
      const { host, pathPrefix } = parseHostSpec(spec);
      const claimed = owner.get(`${host}${pathPrefix}`) ?? familyOwner.get(`${host}${pathPrefix}`);
      const issue =
        hostProblem(host) ??
        (pathPrefix !== '' && !/^(\/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+$/.test(pathPrefix)
          ? `"${spec}" has a path prefix that is not a plain URL path — write it as host/path, like "example.com/help".`
          : claimed !== undefined
            ? `"${spec}" is a host of the service "${claimed}"; a page cannot be both — drop the exclusion: the more specific host of "${claimed}" already wins there.`
            : !own.some((h) => inside(spec, h))
              ? `"${spec}" is not inside any of this rule's hosts, so it excludes nothing — exclude a host or host/path under one of the rule's own hosts.`
              : !rule.tests.noMatch.some((url) => urlInside(url, spec))
                ? `"${spec}" has no test URL inside it — add one to tests.noMatch, like "https://${spec}".`
                : null);
      if (issue) push(`exclude[${i}]`, issue);
    });
    const seen = new Set<string>();
    rule.opens?.forEach((id, i) => {
      if (id === rule.id) push(`opens[${i}]`, 'an account cannot open itself — list the services it signs people in to.');
      else if (!ids.has(id)) push(`opens[${i}]`, `"${id}" is not a service (no valid file rules/${id}.json) — fix the id, or add that service's rule first.`);
      if (seen.has(id)) push(`opens[${i}]`, `"${id}" is listed twice — delete the second one.`);
      seen.add(id);
    });
  }

  // The way out never warns: every rule's how-to-leave pages must match no service at all.
  const matcher = createMatcher(candidates.map((c) => matchableService(c.rule, domains)));
  for (const { file, rule } of candidates) {
    rule.howToLeave?.forEach((leave, i) => {
      const verdict = matcher.match(leave.url);
      if (verdict.kind === 'match') {
        problems.push({ file, path: `howToLeave[${i}].url`, message: `"${leave.url}" is a way-out page, which must warn for no service, but it matches "${verdict.serviceId}" — exclude its host or path in "${verdict.serviceId}" (CONTRIBUTING, pages that never warn).` });
      }
    });
  }
  return problems;
}

/**
 * A rule-wide exclusion (`/path`: that path on every host of the rule, own and
 * families'), checked like `host/path`: a plain path, inside some host of the
 * rule, with a tests.noMatch URL inside it on any of those hosts. One message,
 * the first thing to fix.
 */
function ruleWideProblem(spec: string, rule: ServiceRule, own: readonly string[]): string | null {
  const pathIssue = ruleWidePathProblem(spec);
  if (pathIssue) return pathIssue;
  const { pathPrefix } = parseHostSpec(spec);
  const onHosts = own.map((h) => `${parseHostSpec(h).host}${pathPrefix}`).filter((s, k) => inside(s, own[k]!));
  if (onHosts.length === 0) {
    return `"${spec}" lies outside the path of every host of this rule, so it excludes nothing — write a path under one of them, like "${parseHostSpec(own[0]!).pathPrefix}/about", or drop it.`;
  }
  if (!rule.tests.noMatch.some((url) => onHosts.some((s) => urlInside(url, s)))) {
    return `"${spec}" has no test URL inside it — add one to tests.noMatch on any of the rule's hosts, like "https://${onHosts[0]}".`;
  }
  return null;
}

function urlInside(url: string, spec: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return inside(`${parsed.hostname}${parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/+$/, '')}`, spec);
}
