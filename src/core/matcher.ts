/**
 * The matcher: URL → the service it belongs to.
 *
 * Structure: an open-addressing hash table keyed by the 32-bit FNV-1a hash
 * of each rule host, hashed from its last character to its first. A URL's host is hashed the
 * same way, right to left, in one pass: at every label boundary the running
 * hash is the hash of that suffix (`com`, `skype.com`, `www.skype.com`), so
 * each parent domain costs one probe of an Int32Array, with no string
 * slicing and no string hashing. A hit is confirmed by comparing characters (collisions are
 * possible, mistakes are not). The longest matching host wins, so the most
 * specific rule decides; on one host, the longest matching path prefix wins.
 *
 * Exclusions (a rule's `exclude`) sit in the same table, marked. A rule-wide
 * exclusion (`/url`: that path on every host of the rule) is expanded here,
 * once, into one entry per host of the rule, so the shipped data stays small
 * and the walk below knows only host entries. An exclusion
 * takes a URL away from its own rule only: the walk notes every rule
 * excluded on the way, and the most specific entry of a rule not excluded
 * wins (or nothing, reported with the rule that excluded it). Per-rule, like
 * the manifests' `exclude_matches`, so the page script and the browser's
 * injection agree.
 *
 * Why this shape: a verdict then costs about one pass over the host plus a
 * few array probes, whatever the number of rules (100 or 100,000), and
 * building the table allocates no object per host.
 *
 * No public-suffix list is needed here: the build rejects any rule host that
 * is a public suffix (checked with tldts), so walking up to the top label
 * cannot match a look-alike such as `skype.com.example.org`.
 */
import { parseHostSpec, pathHasPrefix } from './host-spec.js';
import { urlHost, urlPath } from './url-host.js';

export interface MatchableService {
  id: string;
  hosts: readonly string[];
  /** Host specs inside `hosts` that are not this service; `/path` stands for that path on every one of `hosts`. */
  exclude?: readonly string[];
}

export type Verdict =
  | { kind: 'match'; serviceId: string; host: string }
  /** `excludedFrom`: the rule whose exclusion took this URL away, when one did. */
  | { kind: 'none'; host: string | null; excludedFrom?: string }
  | { kind: 'invalid'; reason: string };

export interface Matcher {
  match(url: string): Verdict;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hostHash(host: string): number {
  let h = FNV_OFFSET;
  for (let i = host.length - 1; i >= 0; i--) h = Math.imul(h ^ host.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Open addressing over typed arrays: `slotHash` holds each used slot's hash,
 * `slotEntry` the first entry with that hash (+1; 0 is empty). Entries live in
 * parallel arrays and are chained through `next`, longest path prefix first.
 * No object per host, so building for 100,000 hosts stays cheap.
 */
export class HostTable {
  private slotHash: Int32Array;
  private slotEntry: Int32Array;
  private mask: number;
  private used = 0;
  private readonly hosts: string[] = [];
  private readonly prefixes: string[] = [];
  private readonly ids: string[] = [];
  private readonly excluded: boolean[] = [];
  private next: Int32Array;
  /** Scratch lists for one match: entries found, and services excluded on the way. Reused, never shared. */
  private readonly found: number[] = [];
  private readonly excludedIds: string[] = [];

  constructor(expectedHosts = 16) {
    let size = 16;
    while (size < expectedHosts * 2) size *= 2;
    this.slotHash = new Int32Array(size);
    this.slotEntry = new Int32Array(size);
    this.mask = size - 1;
    this.next = new Int32Array(Math.max(16, expectedHosts));
  }

  /** Adds a host spec of the service, or (`exclusion`) a spec taken away from it. */
  add(spec: string, serviceId: string, exclusion = false): void {
    if (spec.indexOf('/') < 0) this.addHost(spec, '', serviceId, exclusion);
    else {
      const { host, pathPrefix } = parseHostSpec(spec);
      this.addHost(host, pathPrefix, serviceId, exclusion);
    }
  }

  /** Adds an exclusion of the service: `host[/path]`, or `/path` on each of `hosts` (the rule's, families expanded). */
  exclude(spec: string, hosts: readonly string[], serviceId: string): void {
    if (spec[0] === '/') for (const host of hosts) this.add(parseHostSpec(host).host + spec, serviceId, true);
    else this.add(spec, serviceId, true);
  }

  private addHost(host: string, pathPrefix: string, serviceId: string, exclusion: boolean): void {
    if ((this.used + 1) * 2 > this.slotHash.length) this.grow();
    const index = this.hosts.length;
    this.hosts.push(host);
    this.prefixes.push(pathPrefix);
    this.ids.push(serviceId);
    this.excluded.push(exclusion);
    if (index >= this.next.length) {
      const bigger = new Int32Array(this.next.length * 2);
      bigger.set(this.next);
      this.next = bigger;
    }
    const hash = hostHash(host);
    let slot = hash & this.mask;
    while (this.slotEntry[slot] !== 0 && this.slotHash[slot] !== hash) slot = (slot + 1) & this.mask;
    const head = this.slotEntry[slot]! - 1;
    if (head < 0 || this.prefixes[head]!.length < pathPrefix.length) {
      if (head < 0) this.used++;
      this.slotHash[slot] = hash;
      this.slotEntry[slot] = index + 1;
      this.next[index] = head + 1;
      return;
    }
    let at = head;
    while (this.next[at]! !== 0 && this.prefixes[this.next[at]! - 1]!.length >= pathPrefix.length) at = this.next[at]! - 1;
    this.next[index] = this.next[at]!;
    this.next[at] = index + 1;
  }

  private grow(): void {
    const oldHash = this.slotHash;
    const oldEntry = this.slotEntry;
    this.slotHash = new Int32Array(oldHash.length * 2);
    this.slotEntry = new Int32Array(oldHash.length * 2);
    this.mask = this.slotHash.length - 1;
    for (let i = 0; i < oldHash.length; i++) {
      if (oldEntry[i] === 0) continue;
      let slot = oldHash[i]! & this.mask;
      while (this.slotEntry[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotHash[slot] = oldHash[i]!;
      this.slotEntry[slot] = oldEntry[i]!;
    }
  }

  /** Index+1 of the first entry whose host has this hash, or 0. */
  private first(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slotEntry[slot]!;
      if (entry === 0 || this.slotHash[slot] === hash) return entry;
      slot = (slot + 1) & this.mask;
    }
  }

  match(url: string): Verdict {
    const parsed = urlHost(url);
    if (parsed.kind === 'invalid') return parsed;
    if (parsed.kind === 'other') return { kind: 'none', host: null };
    const host = parsed.host;
    // An empty label (".a.com", "a..com") is no real host: nothing can be served there.
    if (host.charCodeAt(0) === 46 || host.includes('..')) return { kind: 'none', host };
    const found = this.found;
    const excludedIds = this.excludedIds;
    found.length = 0;
    excludedIds.length = 0;
    let path: string | undefined;
    let h = FNV_OFFSET;
    for (let i = host.length - 1; i >= 0; i--) {
      h = Math.imul(h ^ host.charCodeAt(i), FNV_PRIME);
      if (i !== 0 && host.charCodeAt(i - 1) !== 46 /* . */) continue;
      for (let e = this.first(h); e !== 0; e = this.next[e - 1]!) {
        const entryHost = this.hosts[e - 1]!;
        if (entryHost.length !== host.length - i || !host.startsWith(entryHost, i)) continue;
        const prefix = this.prefixes[e - 1]!;
        if (prefix !== '') {
          path ??= urlPath(url);
          if (!pathHasPrefix(path, prefix)) continue;
        }
        if (this.excluded[e - 1]) excludedIds.push(this.ids[e - 1]!);
        else found.push(e - 1);
      }
    }
    // `found` runs from the shortest host to the longest, and on one host from
    // the longest path prefix to the shortest: the most specific comes last
    // among hosts, first within a host.
    let best = -1;
    for (let k = 0; k < found.length; k++) {
      const e = found[k]!;
      if (best >= 0 && this.hosts[e]!.length === this.hosts[best]!.length) continue;
      if (excludedIds.length > 0 && excludedIds.includes(this.ids[e]!)) continue;
      best = e;
    }
    if (best >= 0) return { kind: 'match', serviceId: this.ids[best]!, host };
    // The most specific exclusion found says which rule gave the URL up.
    return excludedIds.length === 0 ? { kind: 'none', host } : { kind: 'none', host, excludedFrom: excludedIds[excludedIds.length - 1]! };
  }
}

export function createMatcher(services: readonly MatchableService[]): Matcher {
  const table = new HostTable(services.reduce((n, s) => n + s.hosts.length + (s.exclude?.length ?? 0), 0));
  for (const service of services) {
    for (const spec of service.hosts) table.add(spec, service.id);
    for (const spec of service.exclude ?? []) table.exclude(spec, service.hosts, service.id);
  }
  return table;
}
