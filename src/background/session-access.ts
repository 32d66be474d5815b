/**
 * Lets content scripts read storage.session directly (Chromium), so a page
 * can learn "dismissed" without waking the worker first. Where the browser
 * has no setAccessLevel (Firefox), the content script asks the background.
 */
import { browser } from '../platform/browser.js';

export function allowContentScriptsToReadSession(): void {
  const session = browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => undefined);
}
