/**
 * The compact form the extension ships for matching (`hosts.tsv`): one line
 * per service, `id<TAB>host<TAB>host…`, families already expanded; an
 * exclusion is written `!host/path`, a rule-wide one `!/path` (no host spec starts with `!`). Reading it makes no object per
 * service and no JSON tree, so a matcher for 100,000 hosts is ready in a few
 * tens of milliseconds (`npm run bench` reports it as buildMs).
 */
import { HostTable, type MatchableService, type Matcher } from './matcher.js';

export const HOST_INDEX_FILE = 'hosts.tsv';

export function encodeHostIndex(services: readonly MatchableService[]): string {
  return services.map((s) => [s.id, ...s.hosts, ...(s.exclude ?? []).map((spec) => `!${spec}`)].join('\t')).join('\n') + '\n';
}

export function matcherFromHostIndex(text: string): Matcher {
  let tabs = 0;
  for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) tabs++;
  const table = new HostTable(tabs);
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let fieldEnd = text.indexOf('\t', lineStart);
    if (fieldEnd < 0 || fieldEnd > lineEnd) fieldEnd = lineEnd;
    const id = text.slice(lineStart, fieldEnd);
    // encodeHostIndex writes a line's hosts before its exclusions, so a rule-wide `!/path` finds them all here.
    const hosts: string[] = [];
    while (fieldEnd < lineEnd) {
      const hostStart = fieldEnd + 1;
      fieldEnd = text.indexOf('\t', hostStart);
      if (fieldEnd < 0 || fieldEnd > lineEnd) fieldEnd = lineEnd;
      if (fieldEnd <= hostStart) continue;
      if (text.charCodeAt(hostStart) === 33 /* ! */) table.exclude(text.slice(hostStart + 1, fieldEnd), hosts, id);
      else {
        const spec = text.slice(hostStart, fieldEnd);
        hosts.push(spec);
        table.add(spec, id);
      }
    }
    lineStart = lineEnd + 1;
  }
  return table;
}
