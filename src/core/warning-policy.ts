/**
 * Whether a page of a listed service gets the in-page warning, only the
 * badge, or nothing, from the user's choices. Pure: the content script and
 * the tests call it with the same inputs.
 */
import type { CategoryId } from './categories.js';
import type { Settings } from './settings.js';

export type Presentation = 'warning' | 'badge' | 'nothing';

export interface PolicyInput {
  settings: Settings;
  serviceId: string;
  /** The categories of the service's concerns. */
  categories: readonly CategoryId[];
  /** Services already warned about once (for the first-visit mode). */
  seen: readonly string[];
  /** Dismissed in this browser session. */
  dismissed: readonly string[];
  now: number;
}

export function presentation({ settings, serviceId, categories, seen, dismissed, now }: PolicyInput): Presentation {
  if (settings.paused) return 'nothing';
  const choice = settings.services[serviceId];
  if (choice?.acknowledged) return 'badge';
  if (choice?.snoozedUntil !== undefined && choice.snoozedUntil > now) return 'badge';
  if (settings.mode === 'badge-only') return 'badge';
  if (dismissed.includes(serviceId)) return 'badge';
  // A service whose concerns are all in muted categories shows the badge only;
  // user rules have no categories and always warn.
  if (categories.length > 0 && categories.every((c) => settings.mutedCategories.includes(c))) return 'badge';
  if (settings.mode === 'first-visit' && seen.includes(serviceId)) return 'badge';
  return 'warning';
}

export const DAY_MS = 24 * 60 * 60 * 1000;
