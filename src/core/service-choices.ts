/** The per-service choices offered in the warning, the popup and the options page. */
import type { Settings } from './settings.js';
import { DAY_MS } from './warning-policy.js';

export type ChoiceAction = 'snooze-day' | 'snooze-month' | 'acknowledge' | 'clear';
/** The choices the warning and the popup offer, with their _locales label keys. */
export const OFFERED_CHOICES: readonly { action: ChoiceAction; label: string }[] = [
  { action: 'snooze-day', label: 'warningSnoozeDay' },
  { action: 'snooze-month', label: 'warningSnoozeMonth' },
  { action: 'acknowledge', label: 'warningAcknowledge' },
];

export function applyChoice(settings: Settings, serviceId: string, action: ChoiceAction, now: number): Settings {
  const services = { ...settings.services };
  if (action === 'clear') delete services[serviceId];
  else if (action === 'acknowledge') services[serviceId] = { acknowledged: true };
  else services[serviceId] = { snoozedUntil: now + (action === 'snooze-day' ? 1 : 30) * DAY_MS };
  return { ...settings, services };
}
