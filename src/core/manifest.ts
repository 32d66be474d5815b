/**
 * Source manifest.json → one manifest per browser. The source carries both
 * background forms and the gecko settings; each browser gets only its own,
 * because Chromium warns about `background.scripts` and Firefox lints the
 * unused `service_worker`. Content scripts are generated from the rules, so
 * the browser itself keeps the content script off every page that no rule
 * lists, and (`exclude_matches`) off the pages a rule excludes: one entry for
 * all the services that exclude nothing, and one entry for each service that
 * does (an entry's exclusions apply to its own matches only). The content
 * script finds the service's data itself (core/stored-warnings.ts).
 */
import { excludePatterns, matchPatterns } from './match-patterns.js';

export type Browser = 'chrome' | 'firefox';
export const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

export interface ContentScriptService {
  id: string;
  /** Every host spec, families already expanded. */
  hosts: readonly string[];
  exclude?: readonly string[];
}

type Json = Record<string, unknown>;

export const CONTENT_SCRIPT = 'content.js';

export function generateManifest(source: Json, browser: Browser, services: readonly ContentScriptService[]): Json {
  const { background, browser_specific_settings: specific, ...common } = source as {
    background: { service_worker: string; scripts: string[]; type?: 'module' };
    browser_specific_settings: Json;
  } & Json;
  const entry = (hosts: readonly string[], excluded: string[] = []) => ({
    matches: matchPatterns(hosts),
    ...(excluded.length > 0 ? { exclude_matches: excluded } : {}),
    js: [CONTENT_SCRIPT],
    run_at: 'document_start',
  });
  const excluding = services.filter((s) => (s.exclude ?? []).length > 0);
  const plain = services.filter((s) => (s.exclude ?? []).length === 0).flatMap((s) => s.hosts);
  const contentScripts = [
    ...(plain.length > 0 ? [entry(plain)] : []),
    ...excluding.map((service) => entry(service.hosts, excludePatterns(service.exclude!))),
  ];
  if (browser === 'chrome') {
    return { ...common, background: { service_worker: background.service_worker, ...(background.type ? { type: background.type } : {}) }, content_scripts: contentScripts };
  }
  return {
    ...common,
    background: { scripts: background.scripts, ...(background.type ? { type: background.type } : {}) },
    content_scripts: contentScripts,
    browser_specific_settings: specific,
  };
}
