/**
 * How the content script finds the note for the page it runs on, with no
 * per-service file in the package.
 *
 * Each service used to ship a `services/<id>.js` chunk that the manifest put
 * before content.js. At 65 services those chunks, each a zip entry of its own
 * with its headers and its own small-file compression, took 35 KB of the
 * 250 KB package, and about 540 bytes more for every new service. Now the
 * background writes the same WarningData into storage.local once, when the
 * extension is installed or updated, from the database it already ships:
 *
 *   warnings:host:<host>    → the services with a host spec on <host>, each
 *                             carrying only its specs on that host
 *   warnings:version        → written last; until it is there, ask the background
 *
 * A page on `mail.example.co.uk` reads the keys of `mail.example.co.uk`,
 * `example.co.uk`, `co.uk` and `uk` (a host spec covers its subdomains) in
 * one read, on listed pages only: the browser still injects the content
 * script only where a rule's match patterns say. One read, not "ids, then
 * services": the note is painted with the page's first frames, and a second
 * round trip to the browser process showed as a ~30 ms lag in Chromium. The
 * price is storage: a service on Google's 191 search domains is stored once
 * per domain (about 0.5 MB in all at 100 services, written once per update).
 * The keys never mix with the user's settings (`warnings:` is no settings
 * key) and are never exported.
 */
import { parseHostSpec } from './host-spec.js';
import type { WarningData } from './published-rules.js';

export const WARNINGS_PREFIX = 'warnings:';
export const WARNINGS_VERSION_KEY = 'warnings:version';
const HOST_PREFIX = 'warnings:host:';

/** The host keys a page on `hostname` looks up: the hostname and each domain above it. */
export function hostKeysFor(hostname: string): string[] {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  return labels.map((_, i) => HOST_PREFIX + labels.slice(i).join('.'));
}

/** Every entry to store for these services, the version key excepted (it is written last). */
export function storedWarnings(services: readonly WarningData[]): Record<string, WarningData[]> {
  const entries: Record<string, WarningData[]> = {};
  for (const service of services) {
    const specsByHost = new Map<string, string[]>();
    for (const spec of service.hosts) {
      const host = parseHostSpec(spec).host;
      specsByHost.set(host, [...(specsByHost.get(host) ?? []), spec]);
    }
    for (const [host, hosts] of specsByHost) (entries[HOST_PREFIX + host] ??= []).push({ ...service, hosts });
  }
  return entries;
}

/**
 * The services among what a page read: one per id, its host specs from every
 * key it was found under; anything that is not a WarningData (a damaged
 * entry) is left out.
 */
export function servicesFound(found: Record<string, unknown>): WarningData[] {
  const byId = new Map<string, WarningData>();
  for (const [key, value] of Object.entries(found)) {
    if (!key.startsWith(HOST_PREFIX) || !Array.isArray(value)) continue;
    for (const data of value as Partial<WarningData>[]) {
      if (typeof data?.id !== 'string' || !Array.isArray(data.hosts)) continue;
      const seen = byId.get(data.id);
      byId.set(data.id, seen ? { ...seen, hosts: [...seen.hosts, ...data.hosts] } : (data as WarningData));
    }
  }
  return [...byId.values()];
}

/** What a page on `hostname` gets, straight from the entries (the background's answer before they are stored). */
export function warningsForHost(entries: Record<string, unknown>, hostname: string): WarningData[] {
  return servicesFound(Object.fromEntries(hostKeysFor(hostname).filter((k) => k in entries).map((k) => [k, entries[k]])));
}
