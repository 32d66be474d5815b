/**
 * Keeps one dynamic content script per user rule whose host permission the
 * user granted. Run after a rule is added or removed, and by the background
 * on install, update and browser start, so registrations always follow the
 * stored rules.
 */
import type { UserRule } from '../core/settings.js';
import { planRegistrations, userRuleOrigins } from '../core/user-rule-plan.js';
import { CONTENT_SCRIPT } from '../core/manifest.js';
import { browser } from './browser.js';

export async function syncUserRuleScripts(rules: readonly UserRule[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const granted = new Set<string>();
  for (const rule of rules) {
    const origins = userRuleOrigins(rule.host);
    if (await browser.permissions.contains({ origins })) granted.add(origins[0]!);
  }
  const plan = planRegistrations(rules, registered.map((s) => s.id), (origins) => granted.has(origins[0]!));
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length > 0) {
    await browser.scripting.registerContentScripts(
      plan.register.map(({ id, matches }) => ({ id, matches, js: [CONTENT_SCRIPT], runAt: 'document_start' as const, persistAcrossSessions: true })),
    );
  }
}

/** Asks for the host permission a new user rule needs; must run in a click handler. */
export function requestUserRuleAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: userRuleOrigins(host) });
}

export async function releaseUserRuleAccess(host: string): Promise<void> {
  await browser.permissions.remove({ origins: userRuleOrigins(host) });
}
