/**
 * The forms the rules are shipped in, made at build time from validated rules:
 * - `PublishedRules` — the whole database (`dist/rules.json`; in each build,
 *   compressed, `rules.json.zst`), read by the popup and by other tools. Versioned: readers must
 *   check `formatVersion` and refuse a version they do not know.
 * - `WarningData` — what the in-page warning needs for one service, which the
 *   background stores per host for the content script (core/stored-warnings.ts).
 */
import type { CategoryId } from './categories.js';
import { CATEGORIES } from './category-meanings.js';
import { familyDomains, matchableService } from './host-families.js';
import type { Alternative, HostFamily, ServiceRule, Source } from './rule-types.js';

/**
 * 2: host families (`families`, `services[].families`), `services[].exclude` and `services[].opens`.
 * 3: rule-wide exclusions (`"/url"` in `services[].exclude`), which a version-2 reader would not apply.
 */
export const RULES_FORMAT_VERSION = 3;

export type PublishedService = Omit<ServiceRule, '$schema' | 'tests'>;
export type PublishedAlternative = Omit<Alternative, '$schema'>;
export type PublishedFamily = Omit<HostFamily, '$schema'>;

export interface PublishedRules {
  formatVersion: typeof RULES_FORMAT_VERSION;
  /** Build date, YYYY-MM-DD. */
  generated: string;
  categories: Record<CategoryId, string>;
  services: PublishedService[];
  alternatives: Record<string, PublishedAlternative>;
  /** Host families by id: the domains a service's `families` entries stand for. */
  families: Record<string, PublishedFamily>;
}

export interface WarningData {
  id: string;
  name: string;
  summary: string;
  /** Every host spec, families expanded. */
  hosts: string[];
  exclude?: string[];
  /** For an account system: the services it opens, by id and name. */
  opens?: Array<{ id: string; name: string }>;
  /**
   * The categories of its concerns, for the user's category choices. The claims
   * themselves ship once, in rules.json: the note asks the background for them
   * (`evidence`) when the person opens "Why?".
   */
  categories: CategoryId[];
  alternatives: Array<Pick<Alternative, 'id' | 'name' | 'homepage' | 'license'>>;
}

/** How many alternatives the warning itself links to. */
export const WARNING_ALTERNATIVES = 3;

export function publishRules(
  services: readonly ServiceRule[],
  alternatives: readonly Alternative[],
  generated: string,
  families: readonly HostFamily[] = [],
): PublishedRules {
  const strip = <T extends { $schema?: string }>({ $schema: _schema, ...rest }: T) => rest;
  return {
    formatVersion: RULES_FORMAT_VERSION,
    generated,
    categories: { ...CATEGORIES },
    services: [...services]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ tests: _tests, ...rest }) => strip(rest)),
    alternatives: Object.fromEntries([...alternatives].sort((a, b) => a.id.localeCompare(b.id)).map((a) => [a.id, strip(a)])),
    families: Object.fromEntries([...families].sort((a, b) => a.id.localeCompare(b.id)).map((f) => [f.id, strip(f)])),
  };
}

/** Every service as the matcher, and the manifests take it: families expanded, exclusions kept (rule-wide ones unexpanded). */
export function matchableServices(rules: PublishedRules): Array<{ id: string; hosts: string[]; exclude: string[] }> {
  const domains = familyDomains(Object.values(rules.families));
  return rules.services.map((service) => matchableService(service, domains));
}

/** Every service's note (WarningData), families expanded once for all of them. */
export function warningDataOf(rules: PublishedRules): WarningData[] {
  const reach = matchableServices(rules);
  return rules.services.map((service, i) => {
    const { hosts, exclude } = reach[i]!;
    const opens = service.opens?.map((id) => ({ id, name: rules.services.find((s) => s.id === id)?.name ?? id }));
    return {
      id: service.id,
      name: service.name,
      summary: service.summary,
      hosts,
      ...(exclude.length > 0 ? { exclude } : {}),
      ...(opens ? { opens } : {}),
      categories: [...new Set(service.concerns.map((c) => c.category))],
      alternatives: service.alternatives.slice(0, WARNING_ALTERNATIVES).map((id) => {
        const alt = rules.alternatives[id]!;
        return { id, name: alt.name, homepage: alt.homepage, license: alt.license };
      }),
    };
  });
}

/** One claim as the note's "Why?" shows it: the claim and its first source. */
export interface EvidenceItem {
  claim: string;
  source: Pick<Source, 'url' | 'publisher' | 'date'>;
}

export function evidenceOf(service: Pick<PublishedService, 'concerns'>): EvidenceItem[] {
  return service.concerns.map((c) => {
    const first = c.sources[0]!;
    return { claim: c.claim, source: { url: first.url, publisher: first.publisher, date: first.date } };
  });
}

/** Checks a parsed rules.json before use: a reader must not guess at a format it does not know. */
export function readPublishedRules(data: unknown): PublishedRules {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== RULES_FORMAT_VERSION) {
    throw new Error(`rules.json has format version ${String(version)}; this reader knows version ${RULES_FORMAT_VERSION}`);
  }
  return data as PublishedRules;
}

/**
 * The database as the extension ships it: the public one without each source's
 * `note`. A note records how a copy was read (a syndication, where a title or
 * date comes from); the claim, its sources, dates and quotes all ship. The
 * notes are a sixth of the compressed database, and the store zips have a
 * 250 KB budget; they stay in dist/rules.json, the catalogue and the rule
 * files, which the details page links to.
 */
export function extensionRules(rules: PublishedRules): PublishedRules {
  return {
    ...rules,
    services: rules.services.map((service) => ({
      ...service,
      concerns: service.concerns.map((concern) => ({
        ...concern,
        sources: concern.sources.map(({ note: _note, ...source }) => source),
      })),
    })),
  };
}
