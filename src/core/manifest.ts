/**
 * Source manifest.json → one manifest per browser. The source carries both
 * background forms and the gecko settings; each browser gets only its own,
 * because Chromium warns about `background.scripts` and Firefox lints the
 * unused `service_worker`. Content scripts are generated from the rules: one
 * entry per service, its data chunk first, so the browser itself keeps the
 * content script off every page that no rule lists, and (`exclude_matches`)
 * off the pages a rule excludes.
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
export const serviceChunk = (id: string) => `services/${id}.js`;

export function generateManifest(source: Json, browser: Browser, services: readonly ContentScriptService[]): Json {
  const { background, browser_specific_settings: specific, ...common } = source as {
    background: { service_worker: string; scripts: string[] };
    browser_specific_settings: Json;
  } & Json;
  const contentScripts = services.map((service) => {
    const excluded = excludePatterns(service.exclude ?? []);
    return {
      matches: matchPatterns(service.hosts),
      ...(excluded.length > 0 ? { exclude_matches: excluded } : {}),
      js: [serviceChunk(service.id), CONTENT_SCRIPT],
      run_at: 'document_start',
    };
  });
  if (browser === 'chrome') {
    return { ...common, background: { service_worker: background.service_worker }, content_scripts: contentScripts };
  }
  return {
    ...common,
    background: { scripts: background.scripts },
    content_scripts: contentScripts,
    browser_specific_settings: specific,
  };
}
