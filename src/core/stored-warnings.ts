/**
 * How the content script finds the note for the page it runs on, with no
 * per-service file in the package.
 *
 * Each service used to ship a `services/<id>.js` chunk that the manifest put
 * before content.js. At 65 services those chunks, each a zip entry of its own
 * with its headers and its own small-file compression, took 35 KB of the
 * 250 KB package, and about 540 bytes more for every new service. Now the
 * background writes the same WarningData into storage.local once, when the
 * extension is installed or updated, from the rules.json it already ships:
 *
 *   warnings:host:<host>    → ids of the services with a host spec on <host>
 *   warnings:service:<id>   → that service's WarningData
 *   warnings:version        → written last; until it is there, ask the background
 *
 * A page on `mail.example.co.uk` reads the host keys of `mail.example.co.uk`,
 * `example.co.uk`, `co.uk` and `uk` (a host spec covers its subdomains), then
 * the services found. Two small reads on a listed page, none anywhere else:
 * the browser still injects the content script only where a rule's match
 * patterns say. The keys never mix with the user's settings (`warnings:` is
 * no settings key) and are never exported.
 */
import { parseHostSpec } from './host-spec.js';
import type { WarningData } from './published-rules.js';

export const WARNINGS_PREFIX = 'warnings:';
export const WARNINGS_VERSION_KEY = 'warnings:version';
const HOST_PREFIX = 'warnings:host:';
const SERVICE_PREFIX = 'warnings:service:';

export const serviceKey = (id: string) => SERVICE_PREFIX + id;

/** The host keys a page on `hostname` looks up: the hostname and each domain above it. */
export function hostKeysFor(hostname: string): string[] {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  return labels.map((_, i) => HOST_PREFIX + labels.slice(i).join('.'));
}

/** Every entry to store for these services, the version key excepted (it is written last). */
export function storedWarnings(services: readonly WarningData[]): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  const idsByHost = new Map<string, string[]>();
  for (const service of services) {
    entries[serviceKey(service.id)] = service;
    for (const spec of service.hosts) {
      const host = parseHostSpec(spec).host;
      const ids = idsByHost.get(host) ?? [];
      if (!ids.includes(service.id)) ids.push(service.id);
      idsByHost.set(host, ids);
    }
  }
  for (const [host, ids] of idsByHost) entries[HOST_PREFIX + host] = ids;
  return entries;
}

/** The service ids under the host keys that were found, each once, in key order. */
export function idsFound(found: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(found)) {
    if (key.startsWith(HOST_PREFIX) && Array.isArray(value)) for (const id of value) if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}

/** The WarningData among what was read; anything that is not one (a damaged entry) is left out. */
export function servicesFound(found: Record<string, unknown>): WarningData[] {
  return Object.entries(found).flatMap(([key, value]) => {
    const data = value as Partial<WarningData> | null;
    return key.startsWith(SERVICE_PREFIX) && typeof data?.id === 'string' && Array.isArray(data.hosts) ? [data as WarningData] : [];
  });
}

/** What a page on `hostname` gets, straight from the entries (the background's answer before they are stored). */
export function warningsForHost(entries: Record<string, unknown>, hostname: string): WarningData[] {
  const pick = (keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in entries).map((k) => [k, entries[k]]));
  return servicesFound(pick(idsFound(pick(hostKeysFor(hostname))).map(serviceKey)));
}
