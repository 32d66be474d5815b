/**
 * What a change to the rule database does, in a reviewer's words: which
 * services and alternatives appear or go, where the note starts or stops
 * showing (hosts, exclusions and the content-script match patterns built from
 * the hosts), and
 * which claims change, each with its sources, so a reviewer can open them.
 * Reads the files loosely: a half-written rule is still described.
 */
import { matchPatterns } from '../../src/core/match-patterns.js';
import type { Alternative, Concern, LeaveLink, ServiceRule, Source } from '../../src/core/rule-types.js';

export interface RulesSnapshot {
  services: ReadonlyMap<string, Partial<ServiceRule>>;
  alternatives: ReadonlyMap<string, Partial<Alternative>>;
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
const quote = (text: unknown): string => JSON.stringify(typeof text === 'string' ? text : '');
const minus = <T>(a: readonly T[], b: readonly T[]): T[] => a.filter((x) => !b.includes(x));

function sourceLine(s: Partial<Source>): string {
  return `source: ${s.title ?? '?'} — ${s.publisher ?? '?'}, ${s.date ?? 'no date'}, ${s.url ?? 'no url'}`;
}

function concernLines(verb: string, c: Partial<Concern>): string[] {
  return [`${verb} [${c.category ?? '?'}]: ${quote(c.claim)}`, ...list(c.sources).map((s) => `  ${sourceLine(s)}`)];
}

/** Old and new concerns paired: same claim first, then a shared source (a reworded claim keeps its sources). */
function pairConcerns(before: Partial<Concern>[], after: Partial<Concern>[]): { pairs: [Partial<Concern>, Partial<Concern>][]; removed: Partial<Concern>[]; added: Partial<Concern>[] } {
  const removed = [...before];
  const added = [...after];
  const pairs: [Partial<Concern>, Partial<Concern>][] = [];
  const take = (same: (a: Partial<Concern>, b: Partial<Concern>) => boolean) => {
    for (const a of [...removed]) {
      const b = added.find((n) => same(a, n));
      if (!b) continue;
      pairs.push([a, b]);
      removed.splice(removed.indexOf(a), 1);
      added.splice(added.indexOf(b), 1);
    }
  };
  take((a, b) => a.claim === b.claim);
  const urls = (c: Partial<Concern>) => list(c.sources).map((s) => s.url);
  take((a, b) => urls(a).some((u) => urls(b).includes(u)));
  return { pairs, removed, added };
}

function concernChanges(a: Partial<Concern>, b: Partial<Concern>): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const lines = [`concern changed [${b.category ?? '?'}]: ${quote(b.claim)}`];
  if (a.claim !== b.claim) lines.push(`  claim was: ${quote(a.claim)}`);
  if (a.category !== b.category) lines.push(`  category was: ${a.category ?? '?'}`);
  const oldSources = list(a.sources);
  const newSources = list(b.sources);
  for (const s of newSources) {
    const old = oldSources.find((o) => o.url === s.url);
    if (!old) lines.push(`  + ${sourceLine(s)}`);
    else if (JSON.stringify(old) !== JSON.stringify(s)) lines.push(`  ~ ${sourceLine(s)} (title, publisher, date, quote or note changed)`);
  }
  for (const s of oldSources) if (!newSources.some((n) => n.url === s.url)) lines.push(`  - ${sourceLine(s)}`);
  return lines;
}

function leaveLine(l: Partial<LeaveLink>): string {
  return `${l.kind ?? '?'} ${quote(l.title)} ${l.url ?? ''}`;
}

/** Host exclusions, then rule-wide `/path` ones, said in words so a reviewer sees how far they reach. */
function exclusionLines(lead: string, specs: readonly string[]): string[] {
  const ruleWide = specs.filter((spec) => spec.startsWith('/'));
  const onHosts = minus(specs, ruleWide);
  return [
    ...(onHosts.length ? [`${lead}: ${onHosts.join(', ')}`] : []),
    ...(ruleWide.length ? [`${lead}, on every host of the rule (families included): ${ruleWide.join(', ')}`] : []),
  ];
}

function serviceChanges(a: Partial<ServiceRule>, b: Partial<ServiceRule>): string[] {
  const lines: string[] = [];
  for (const field of ['name', 'owner', 'summary'] as const) {
    if (a[field] !== b[field]) lines.push(`${field}: ${quote(a[field])} → ${quote(b[field])}`);
  }
  const [oldHosts, newHosts] = [list(a.hosts), list(b.hosts)];
  if (minus(newHosts, oldHosts).length) lines.push(`the note now also shows on: ${minus(newHosts, oldHosts).join(', ')}`);
  if (minus(oldHosts, newHosts).length) lines.push(`the note no longer shows on: ${minus(oldHosts, newHosts).join(', ')}`);
  const [oldPatterns, newPatterns] = [matchPatterns(oldHosts), matchPatterns(newHosts)];
  if (minus(newPatterns, oldPatterns).length) lines.push(`match patterns added: ${minus(newPatterns, oldPatterns).join(', ')}`);
  if (minus(oldPatterns, newPatterns).length) lines.push(`match patterns removed: ${minus(oldPatterns, newPatterns).join(', ')}`);
  const [oldExclude, newExclude] = [list(a.exclude), list(b.exclude)];
  lines.push(...exclusionLines('the note no longer shows on (excluded)', minus(newExclude, oldExclude)));
  lines.push(...exclusionLines('exclusions dropped, the note may show again on', minus(oldExclude, newExclude)));
  const { pairs, removed, added } = pairConcerns(list(a.concerns), list(b.concerns));
  for (const c of added) lines.push(...concernLines('concern added', c));
  for (const c of removed) lines.push(...concernLines('concern removed', c));
  for (const [x, y] of pairs) lines.push(...concernChanges(x, y));
  const [oldAlts, newAlts] = [list(a.alternatives), list(b.alternatives)];
  if (oldAlts.join() !== newAlts.join()) lines.push(`alternatives: ${newAlts.join(', ') || 'none'} (were ${oldAlts.join(', ') || 'none'})`);
  const [oldLeave, newLeave] = [list(a.howToLeave).map(leaveLine), list(b.howToLeave).map(leaveLine)];
  for (const l of minus(newLeave, oldLeave)) lines.push(`how to leave added: ${l}`);
  for (const l of minus(oldLeave, newLeave)) lines.push(`how to leave removed: ${l}`);
  const tests = (r: Partial<ServiceRule>) => [...list(r.tests?.match), ...list(r.tests?.noMatch)];
  const [testsAdded, testsRemoved] = [minus(tests(b), tests(a)).length, minus(tests(a), tests(b)).length];
  if (testsAdded || testsRemoved) lines.push(`test URLs: ${testsAdded} added, ${testsRemoved} removed (not shown to users)`);
  if (a.lastReviewed !== b.lastReviewed) lines.push(`lastReviewed: ${a.lastReviewed ?? 'none'} → ${b.lastReviewed ?? 'none'}`);
  return lines;
}

function newService(id: string, s: Partial<ServiceRule>): string[] {
  return [
    `+ new service ${id}: ${s.name ?? '?'}, run by ${s.owner ?? '?'}`,
    `    the note will show on: ${list(s.hosts).join(', ')} (match patterns ${matchPatterns(list(s.hosts)).join(', ')})`,
    `    summary: ${quote(s.summary)}`,
    ...list(s.concerns).flatMap((c) => concernLines('concern', c)).map((l) => `    ${l}`),
    `    alternatives: ${list(s.alternatives).join(', ') || 'none'}`,
  ];
}

function alternativeChanges(a: Partial<Alternative>, b: Partial<Alternative>): string[] {
  return (['name', 'description', 'homepage', 'repository', 'license'] as const)
    .filter((f) => a[f] !== b[f])
    .map((f) => `${f}: ${quote(a[f])} → ${quote(b[f])}`)
    .concat(list(a.kind).join() !== list(b.kind).join() ? [`kind: ${list(b.kind).join(', ')} (was ${list(a.kind).join(', ')})`] : [])
    .concat(list(a.platforms).join() !== list(b.platforms).join() ? [`platforms: ${list(b.platforms).join(', ')} (was ${list(a.platforms).join(', ')})`] : []);
}

export function describeRulesDiff(before: RulesSnapshot, after: RulesSnapshot): string[] {
  const out: string[] = [];
  const ids = <T>(m: ReadonlyMap<string, T>, n: ReadonlyMap<string, T>) => [...new Set([...m.keys(), ...n.keys()])].sort();
  for (const id of ids(before.services, after.services)) {
    const [a, b] = [before.services.get(id), after.services.get(id)];
    if (!a && b) out.push(...newService(id, b));
    else if (a && !b) out.push(`- removed service ${id}: ${a.name ?? '?'} — the note no longer shows on: ${list(a.hosts).join(', ')}`);
    else if (a && b) {
      const changes = serviceChanges(a, b);
      if (changes.length) out.push(`~ changed service ${id}: ${b.name ?? '?'}`, ...changes.map((l) => `    ${l}`));
    }
  }
  for (const id of ids(before.alternatives, after.alternatives)) {
    const [a, b] = [before.alternatives.get(id), after.alternatives.get(id)];
    if (!a && b) out.push(`+ new alternative ${id}: ${b.name ?? '?'} (${b.license ?? '?'}), ${b.homepage ?? ''} — ${b.description ?? ''}`);
    else if (a && !b) out.push(`- removed alternative ${id}: ${a.name ?? '?'}`);
    else if (a && b) {
      const changes = alternativeChanges(a, b);
      if (changes.length) out.push(`~ changed alternative ${id}: ${b.name ?? '?'}`, ...changes.map((l) => `    ${l}`));
    }
  }
  return out;
}
