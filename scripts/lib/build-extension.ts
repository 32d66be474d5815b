/**
 * Builds both unpacked extensions from the one source: validates and
 * publishes the rules, bundles the entry points once with esbuild, then lays
 * out dist/chrome and dist/firefox, each with its generated manifest.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { BROWSERS, generateManifest, type Browser } from '../../src/core/manifest.js';
import { PACKED_RULES_FILE } from '../../src/core/packed-rules.js';
import { extensionRules, matchableServices, publishRules, type PublishedRules } from '../../src/core/published-rules.js';
import { formatProblem } from '../../src/core/rules-validation.js';
import { projectLinks, type PackageLinks } from './project-links.js';
import { renderCatalog } from './catalog.js';
import { localeTranslator } from './locale-messages.js';
import { iconPng } from './icon.js';
import { packRules } from './pack-rules.js';
import { loadRules, today, type RulesDirs } from './load-rules.js';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const PAGES = ['popup', 'options', 'details'] as const;
/** The browser versions the scripts and the styles are compiled for (one list for both). */
const TARGET = ['chrome120', 'firefox140'];

export interface BuildOptions {
  root: string;
  outDir: string;
  /** Where the rules are read from; the project's rules/ by default (tests pass fixtures). */
  rulesDirs?: RulesDirs;
}

export interface BuildResult {
  rules: PublishedRules;
  dirs: Record<Browser, string>;
}

export class RulesInvalidError extends Error {}

/** Validates the rules; throws with every problem, one per line, when any is found. */
export function publishedRulesOrThrow(root: string, rulesDirs?: RulesDirs): PublishedRules {
  const { services, alternatives, families, problems } = loadRules(root, rulesDirs);
  if (problems.length > 0) {
    throw new RulesInvalidError(`The rules have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  return publishRules(services, alternatives, today(), families);
}

async function bundle(root: string, outdir: string): Promise<void> {
  const links = projectLinks(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageLinks);
  const common: esbuild.BuildOptions = {
    define: {
      // The issue tracker for the popup's "report a problem" links, from package.json `repository`.
      __FOREWARN_BUGS_URL__: JSON.stringify(links.issues),
      // Each rule's public file, where the notes the extension does not ship are (see extensionRules).
      __FOREWARN_RULES_URL__: JSON.stringify(`${links.repository}/blob/main/rules/`),
    },
    absWorkingDir: root,
    outdir,
    bundle: true,
    minify: true,
    target: TARGET,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  };
  // The content script is a classic script: a content script cannot be a module.
  await esbuild.build({ ...common, entryPoints: { content: 'src/content/index.ts' }, format: 'iife' });
  // The background (a module service worker in Chromium, a module event page in Firefox) and the
  // three pages are ES modules that share their common code (the polyfill, the rules' reader and
  // its decompressor, preact, the UI parts) as chunks: loaded once per context either way, but
  // stored once in the package. Static imports only: a service worker may not import() later.
  await esbuild.build({
    ...common,
    entryPoints: { background: 'src/background/index.ts', popup: 'src/popup/index.tsx', options: 'src/options/index.tsx', details: 'src/details/index.tsx' },
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

function write(file: string, contents: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, contents);
}

export async function buildExtension({ root, outDir, rulesDirs }: BuildOptions): Promise<BuildResult> {
  const rules = publishedRulesOrThrow(root, rulesDirs);
  const sourceManifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  fs.rmSync(outDir, { recursive: true, force: true });
  const bundles = path.join(outDir, '.bundles');
  await bundle(root, bundles);

  // dist/rules.json is for people and other tools: indented. The copy inside each extension is read
  // only by the extension itself, so it ships unindented, compressed (src/core/packed-rules.ts) and
  // without the reviewers' notes on each copy (extensionRules).
  write(path.join(outDir, 'rules.json'), JSON.stringify(rules, null, 2) + '\n');
  const packedRules = await packRules(JSON.stringify(extensionRules(rules)));
  for (const [file, contents] of renderCatalog(rules, localeTranslator(root, 'en'))) write(path.join(outDir, 'catalog', file), contents);
  const matchable = matchableServices(rules);
  const styles = {} as Record<(typeof PAGES)[number], string>;
  for (const page of PAGES) {
    const css = fs.readFileSync(path.join(root, `src/${page}/${page}.css`), 'utf8');
    styles[page] = (await esbuild.transform(css, { loader: 'css', minify: true, target: TARGET })).code;
  }
  const dirs = {} as Record<Browser, string>;
  for (const browser of BROWSERS) {
    const dir = path.join(outDir, browser);
    dirs[browser] = dir;
    // What the browser reads ships without indentation (the store zips are budgeted); the sources stay readable.
    write(path.join(dir, 'manifest.json'), JSON.stringify(generateManifest(sourceManifest, browser, matchable)));
    fs.cpSync(bundles, dir, { recursive: true });
    for (const page of PAGES) {
      fs.copyFileSync(path.join(root, `src/${page}/${page}.html`), path.join(dir, `${page}.html`));
      write(path.join(dir, `${page}.css`), styles[page]);
    }
    for (const locale of fs.readdirSync(path.join(root, '_locales'))) {
      const file = path.join('_locales', locale, 'messages.json');
      write(path.join(dir, file), JSON.stringify(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))));
    }
    write(path.join(dir, PACKED_RULES_FILE), packedRules);
    for (const size of ICON_SIZES) write(path.join(dir, `icons/icon-${size}.png`), iconPng(size));
  }
  fs.rmSync(bundles, { recursive: true, force: true });
  return { rules, dirs };
}
