/** `npm run build`: dist/chrome and dist/firefox ready to load, dist/rules.json, and both store zips. */
import path from 'node:path';
import { buildExtension, RulesInvalidError } from './lib/build-extension.js';
import { buildZips } from './lib/zips.js';

const root = process.cwd();
const outDir = path.join(root, 'dist');
try {
  const { rules, dirs } = await buildExtension({ root, outDir });
  const zips = await buildZips(root, dirs, path.join(outDir, 'zips'));
  console.log(`Built ${rules.services.length} services into ${path.relative(root, dirs.chrome)} and ${path.relative(root, dirs.firefox)}`);
  for (const zip of zips) console.log(`  ${path.relative(root, zip)}`);
} catch (error) {
  if (error instanceof RulesInvalidError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
