/** The store packages, made with web-ext build from each unpacked extension. */
import fs from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';
import type { Browser } from '../../src/core/manifest.js';

export async function buildZips(root: string, dirs: Record<Browser, string>, artifactsDir: string): Promise<string[]> {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { version: string };
  const out: string[] = [];
  for (const [browser, sourceDir] of Object.entries(dirs)) {
    const filename = `forewarn-${browser}-${version}.zip`;
    await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true }, { shouldExitProgram: false });
    out.push(path.join(artifactsDir, filename));
  }
  return out;
}
