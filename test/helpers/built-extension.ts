/**
 * Builds the real extension once per test run into a temporary folder, so
 * tests of the build, the lint and the bundles share one build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExtension, type BuildResult } from '../../scripts/lib/build-extension.js';

let pending: Promise<BuildResult & { outDir: string }> | undefined;

export function builtExtension(): Promise<BuildResult & { outDir: string }> {
  pending ??= (async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-build-'));
    // Removed when the test process ends, whichever suites used it.
    process.once('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
    const result = await buildExtension({ root: process.cwd(), outDir });
    return { ...result, outDir };
  })();
  return pending;
}
