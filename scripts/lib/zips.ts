/** The store packages, made with web-ext build from each unpacked extension, then deflated again by Zopfli. */
import fs from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';
import type { Browser } from '../../src/core/manifest.js';
import { repackWithZopfli } from './zopfli-zip.js';

export async function buildZips(root: string, dirs: Record<Browser, string>, artifactsDir: string): Promise<string[]> {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { version: string };
  const out: string[] = [];
  for (const [browser, sourceDir] of Object.entries(dirs)) {
    const filename = `forewarn-${browser}-${version}.zip`;
    await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true }, { shouldExitProgram: false });
    const zip = path.join(artifactsDir, filename);
    await repackWithZopfli(zip);
    out.push(zip);
  }
  return out;
}
