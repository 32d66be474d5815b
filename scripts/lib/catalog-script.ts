/**
 * catalog.js: catalog-client.ts and the filter it imports, bundled by esbuild
 * into one plain, readable script. It is a file of its own, not inline, so
 * the pages' CSP can allow scripts from 'self' only.
 */
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundled: string | undefined;

/** The script's text; bundled once per process, since every catalogue render needs the same one. */
export function catalogScript(): string {
  bundled ??= esbuild.buildSync({
    entryPoints: [fileURLToPath(new URL('./catalog-client.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    // Not minified: the catalogue is a public page, and its one script should be readable as served.
    minify: false,
    target: ['chrome100', 'firefox100', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  }).outputFiles[0]!.text;
  return bundled;
}
