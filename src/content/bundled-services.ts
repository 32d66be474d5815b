/**
 * The packaged services that cover this page's host, from the copy the
 * background keeps in storage.local (core/stored-warnings.ts): one read for
 * the host keys, one for the services found. Until that copy is complete
 * (the first pages after an install or update) the background answers.
 */
import type { WarningData } from '../core/published-rules.js';
import { hostKeysFor, idsFound, serviceKey, servicesFound, WARNINGS_VERSION_KEY } from '../core/stored-warnings.js';
import { nativeBrowser as browser, sendMessage } from '../platform/native-browser.js';

export async function bundledServices(hostname: string): Promise<WarningData[]> {
  const local = browser.storage.local;
  const found = await local.get([WARNINGS_VERSION_KEY, ...hostKeysFor(hostname)]);
  if (!(WARNINGS_VERSION_KEY in found)) return sendMessage('warnings', { hostname });
  const ids = idsFound(found);
  return ids.length > 0 ? servicesFound(await local.get(ids.map(serviceKey))) : [];
}
