/**
 * The packaged services that cover this page's host, from the copy the
 * background keeps in storage.local (core/stored-warnings.ts), in one read.
 * Until that copy is complete (the first pages after an install or update)
 * the background answers.
 */
import type { WarningData } from '../core/published-rules.js';
import { hostKeysFor, servicesFound, WARNINGS_VERSION_KEY } from '../core/stored-warnings.js';
import { nativeBrowser as browser, sendMessage } from '../platform/native-browser.js';

export async function bundledServices(hostname: string): Promise<WarningData[]> {
  const found = await browser.storage.local.get([WARNINGS_VERSION_KEY, ...hostKeysFor(hostname)]);
  return WARNINGS_VERSION_KEY in found ? servicesFound(found) : sendMessage('warnings', { hostname });
}
