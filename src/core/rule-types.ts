/**
 * The rule format: the single source of truth. `npm run schema` generates
 * `rules/schema/*.schema.json` from these types, and a test fails when the
 * committed schemas drift from them. Comments here become the schema's
 * descriptions, so contributors see them in their editor.
 */
import type { CategoryId } from './categories.js';

/** A calendar date: YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no day. */
export type PartialDate = string;

/** A document that supports a claim. Only cite what you have read. */
export interface Source {
  /**
   * Where the document can be read (https).
   * @format uri
   */
  url: string;
  /**
   * The document's own title.
   * @minLength 1
   */
  title: string;
  /**
   * Who published it: newspaper, court, company, research group.
   * @minLength 1
   */
  publisher: string;
  /**
   * When it was published.
   * @pattern ^\d{4}(-\d{2}(-\d{2})?)?$
   */
  date: PartialDate;
  /**
   * The source's own words that carry the claim, copied verbatim in the
   * source's language (`…` may join two verbatim parts), so a reader can
   * check the claim in seconds.
   * @minLength 10
   * @maxLength 300
   */
  quote: string;
  /** Optional: which copy this is, when it is not the original publisher's page. */
  note?: string;
}

/** One short, neutral, sourced claim about the service. */
export interface Concern {
  /** Which kind of concern this is (see the list in src/core/categories.ts). */
  category: CategoryId;
  /**
   * One or two plain sentences, worded exactly as the sources support.
   * @minLength 10
   * @maxLength 400
   */
  claim: string;
  /**
   * @minItems 1
   */
  sources: Source[];
}

/** A service that Forewarn warns about. The file name is `rules/<id>.json`. */
export interface ServiceRule {
  /** Path to the schema, for editors. */
  $schema?: string;
  /**
   * Lowercase words joined by hyphens; the same as the file name.
   * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
   */
  id: string;
  /**
   * The name people know the service by.
   * @minLength 1
   * @maxLength 60
   */
  name: string;
  /**
   * The company that runs it.
   * @minLength 1
   */
  owner: string;
  /**
   * The one plain sentence the in-page warning shows.
   * @minLength 10
   * @maxLength 200
   */
  summary: string;
  /**
   * Hosts the service lives on. A host covers its subdomains. `host/path`
   * limits the rule to URLs whose path starts with `/path`.
   * @minItems 1
   */
  hosts: string[];
  /**
   * Shared lists of a provider's domains (files in `rules/families/`), for
   * services that live on many country domains: each entry adds every domain
   * of the family, with an optional subdomain and path, to `hosts`.
   */
  families?: FamilyHosts[];
  /**
   * Pages inside this rule's hosts that are not the service and never warn:
   * `host` or `host/path-prefix`, each inside one of the rule's own hosts, or
   * `/path-prefix` alone for that path on every host of the rule, its
   * families' hosts included (a link redirector like `/url` on every country
   * domain). Company pages (privacy, terms, transparency, newsroom, careers, developer
   * docs, status, link redirectors, the way-out pages) and pages of another
   * product. CONTRIBUTING.md says which.
   */
  exclude?: string[];
  /**
   * For an account system (Microsoft account, Google Account, Apple Account):
   * the ids of the services in `rules/` this account signs people in to. The
   * note names them and links to their rules.
   * @minItems 1
   */
  opens?: string[];
  /** @minItems 1 */
  concerns: Concern[];
  /**
   * Ids of files in `rules/alternatives/`, best first; the warning shows the
   * first ones.
   * @minItems 1
   */
  alternatives: string[];
  /** URLs that must and must not match this service; `npm test` checks them. */
  tests: {
    /** @minItems 1 */
    match: string[];
    /** @minItems 1 */
    noMatch: string[];
  };
  /**
   * The provider's own help pages for leaving: exporting your data, deleting
   * your account. Only pages the provider publishes.
   */
  howToLeave?: LeaveLink[];
  /**
   * When someone last checked every claim and link.
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  lastReviewed: string;
}

/** One use of a host family in a rule: each domain `d` of the family gives the host `subdomain.d/path`. */
export interface FamilyHosts {
  /**
   * Id of a file in `rules/families/`.
   * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
   */
  family: string;
  /**
   * Put before each domain, e.g. `www`; leave out for the domain itself (which covers all its subdomains).
   * @pattern ^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$
   */
  subdomain?: string;
  /**
   * Limits it to URLs whose path starts with this, e.g. `/maps`.
   * @pattern ^(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+$
   */
  path?: string;
}

/**
 * A shared list of one provider's domains, in `rules/families/<id>.json`:
 * typically its country domains. Every domain must come from a list the
 * provider publishes, or from a well-kept public dataset whose licence allows
 * reuse; `source` says which.
 */
export interface HostFamily {
  /** Path to the schema, for editors. */
  $schema?: string;
  /** @pattern ^[a-z0-9]+(-[a-z0-9]+)*$ */
  id: string;
  /**
   * What the list is ("Google's country domains").
   * @minLength 1
   * @maxLength 80
   */
  name: string;
  /** Where the list comes from. */
  source: FamilySource;
  /**
   * Registrable domains, lowercase, without `www.`.
   * @minItems 1
   */
  domains: string[];
}

/** The published list a family was taken from, and the copy that was read. */
export interface FamilySource {
  /**
   * The list as its publisher publishes it.
   * @format uri
   */
  url: string;
  /** @minLength 1 */
  publisher: string;
  /**
   * `provider` when the provider itself publishes the list; `dataset` for a
   * well-kept public dataset.
   */
  kind: 'provider' | 'dataset';
  /**
   * The copy that was read, when it is not `url` itself (e.g. a dataset file at a commit).
   * @format uri
   */
  readAt?: string;
  /**
   * SPDX licence of the copy that was read, or `facts` for a plain list of
   * names its publisher puts up for anyone to use.
   * @minLength 1
   */
  license: string;
  /**
   * When the copy was read or last changed: YYYY-MM-DD.
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  retrieved: string;
  /** Anything a reader should know: which domains were left out, and why. */
  note?: string;
}

/** A link to the provider's own help page for one step of leaving. */
export interface LeaveLink {
  /** What the page helps with. */
  kind: 'export' | 'delete' | 'other';
  /** The page's title, or a short description of it. @minLength 1 */
  title: string;
  /** @format uri */
  url: string;
}

export type AlternativeKind = 'app' | 'self-hostable' | 'hosted';

/** A free-software project or service, in `rules/alternatives/<id>.json`. */
export interface Alternative {
  /** Path to the schema, for editors. */
  $schema?: string;
  /** @pattern ^[a-z0-9]+(-[a-z0-9]+)*$ */
  id: string;
  /**
   * @minLength 1
   * @maxLength 60
   */
  name: string;
  /**
   * What it does, in a few words ("Video meetings in the browser").
   * @maxLength 120
   */
  description: string;
  /** @format uri */
  homepage: string;
  /** @format uri */
  repository: string;
  /**
   * SPDX licence expression of a free-software licence, for example
   * `GPL-3.0-or-later`, `MPL-2.0` or `AGPL-3.0-only OR GPL-3.0-only`.
   */
  license: string;
  /**
   * How people can use it.
   * @minItems 1
   */
  kind: AlternativeKind[];
  /**
   * Where it runs: web, windows, macos, linux, android, ios.
   * @minItems 1
   */
  platforms: string[];
}
