/**
 * The forms the rules are shipped in, made at build time from validated rules:
 * - `PublishedRules` — the whole database (`rules.json` in each build and in
 *   dist/), read by the popup and by other tools. Versioned: readers must
 *   check `formatVersion` and refuse a version they do not know.
 * - `WarningData` — what the in-page warning needs for one service, bundled
 *   per service so the content script carries only the service it runs on.
 */
import { CATEGORIES, type CategoryId } from './categories.js';
import type { Alternative, Concern, ServiceRule } from './rule-types.js';

export const RULES_FORMAT_VERSION = 1;

export type PublishedService = Omit<ServiceRule, '$schema' | 'tests'>;
export type PublishedAlternative = Omit<Alternative, '$schema'>;

export interface PublishedRules {
  formatVersion: typeof RULES_FORMAT_VERSION;
  /** Build date, YYYY-MM-DD. */
  generated: string;
  categories: Record<CategoryId, string>;
  services: PublishedService[];
  alternatives: Record<string, PublishedAlternative>;
}

export interface WarningData {
  id: string;
  name: string;
  summary: string;
  hosts: string[];
  concerns: Array<Pick<Concern, 'category' | 'claim'> & { source: { url: string; publisher: string; date: string } }>;
  alternatives: Array<Pick<Alternative, 'id' | 'name' | 'homepage' | 'license'>>;
}

/** How many alternatives the warning itself links to. */
export const WARNING_ALTERNATIVES = 3;

export function publishRules(services: readonly ServiceRule[], alternatives: readonly Alternative[], generated: string): PublishedRules {
  const strip = <T extends { $schema?: string }>({ $schema: _schema, ...rest }: T) => rest;
  return {
    formatVersion: RULES_FORMAT_VERSION,
    generated,
    categories: { ...CATEGORIES },
    services: [...services]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ tests: _tests, ...rest }) => strip(rest)),
    alternatives: Object.fromEntries([...alternatives].sort((a, b) => a.id.localeCompare(b.id)).map((a) => [a.id, strip(a)])),
  };
}

export function warningData(service: PublishedService, rules: PublishedRules): WarningData {
  return {
    id: service.id,
    name: service.name,
    summary: service.summary,
    hosts: service.hosts,
    concerns: service.concerns.map((c) => {
      const first = c.sources[0]!;
      return { category: c.category, claim: c.claim, source: { url: first.url, publisher: first.publisher, date: first.date } };
    }),
    alternatives: service.alternatives.slice(0, WARNING_ALTERNATIVES).map((id) => {
      const alt = rules.alternatives[id]!;
      return { id, name: alt.name, homepage: alt.homepage, license: alt.license };
    }),
  };
}

/** Checks a parsed rules.json before use: a reader must not guess at a format it does not know. */
export function readPublishedRules(data: unknown): PublishedRules {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== RULES_FORMAT_VERSION) {
    throw new Error(`rules.json has format version ${String(version)}; this reader knows version ${RULES_FORMAT_VERSION}`);
  }
  return data as PublishedRules;
}
