/** The browsers the suites run in, and the rule for a missing one: skip loudly locally, fail in CI. */
import fs from 'node:fs';
import { CHROMIUM_PATH, launchChromium } from './chromium.js';
import type { ExtensionBrowser } from './extension-browser.js';
import { FIREFOX_PATH, launchFirefox } from './firefox.js';

export interface BrowserSpec {
  name: 'chromium' | 'firefox';
  binary: string;
  launch(extensionDir: string, serverPort: number): Promise<ExtensionBrowser>;
  /** The build folder in dist/ */
  dir: 'chrome' | 'firefox';
}

export const CHROMIUM: BrowserSpec = { name: 'chromium', binary: CHROMIUM_PATH, launch: launchChromium, dir: 'chrome' };
export const FIREFOX: BrowserSpec = { name: 'firefox', binary: FIREFOX_PATH, launch: launchFirefox, dir: 'firefox' };
export const BROWSERS: readonly BrowserSpec[] = [CHROMIUM, FIREFOX];

export function requireBrowser(ctx: Mocha.Context, spec: BrowserSpec, suite: string): void {
  if (fs.existsSync(spec.binary)) return;
  if (process.env.CI) throw new Error(`${spec.name} is not installed at ${spec.binary}: browser tests cannot be skipped in CI`);
  console.warn(`\n!!! SKIPPING the ${spec.name} ${suite}: no browser at ${spec.binary} (apt-get install chromium firefox-esr) !!!\n`);
  ctx.skip();
}
