/**
 * The user's choices, how they are stored, and how stored data is read back.
 *
 * Storage layout (format 2): small preferences in `storage.sync` under
 * `settings` (they follow the user across browsers and stay far below the
 * 8 KB per-item quota); lists that can grow — user rules — in
 * `storage.local` under `userRules`. Format 1 kept everything in the one
 * sync item; `migrateSettings` moves its lists out.
 *
 * Reading never throws: each field is checked on its own, what cannot be read
 * falls back to its default, and every fallback is reported as a problem, so
 * one damaged field never costs the user their other choices.
 */
import { isCategoryId, type CategoryId } from './categories.js';
import { DAY_MS } from './warning-policy.js';

export const SETTINGS_VERSION = 2;
export const WARNING_MODES = ['every-visit', 'first-visit', 'badge-only'] as const;
export type WarningMode = (typeof WARNING_MODES)[number];

export interface ServiceChoice {
  /** Epoch ms: no warning (badge only) until then. */
  snoozedUntil?: number;
  /** "I have to use this": badge only, never a warning. */
  acknowledged?: boolean;
}

export interface UserRule {
  /** `user-` + host, unique. */
  id: string;
  host: string;
  name: string;
  note: string;
  /** Ids of alternatives in the rule database. */
  alternatives: string[];
}

export interface Settings {
  mode: WarningMode;
  /** Categories that do not raise a warning. */
  mutedCategories: CategoryId[];
  paused: boolean;
  services: Record<string, ServiceChoice>;
  userRules: UserRule[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  mode: 'first-visit',
  mutedCategories: [],
  paused: false,
  services: {},
  userRules: [],
}) as Settings;

export const SYNC_KEY = 'settings';
export const USER_RULES_KEY = 'userRules';

/** What is stored where; `version` travels with the sync item. */
export interface StoredSettings {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

export interface SettingsRead {
  settings: Settings;
  /** Fields that could not be read and fell back to their defaults. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The longest snooze the warning and the popup offer (a month); a test ties it to applyChoice. */
export const LONGEST_SNOOZE_MS = 30 * DAY_MS;
/** Synced browsers' clocks differ a little; a snooze set on another browser may end that much later. */
const CLOCK_SKEW_MS = DAY_MS;

/** Whether a stored or imported snooze end is a time the UI could have set: never negative, never past the longest snooze. */
export function isPlausibleSnooze(value: number, now: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= now + LONGEST_SNOOZE_MS + CLOCK_SKEW_MS;
}

/** Service ids and user-rule ids: lowercase words joined by hyphens, and never a prototype key. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9.]+)*$/;

export function readServiceChoices(value: unknown, problems: string[], now: number): Record<string, ServiceChoice> {
  const out: Record<string, ServiceChoice> = {};
  if (value === undefined) return out;
  if (!isRecord(value)) {
    problems.push('services: not an object');
    return out;
  }
  for (const [id, raw] of Object.entries(value)) {
    if (!ID_PATTERN.test(id) || !isRecord(raw)) {
      problems.push(`services.${id}: unreadable`);
      continue;
    }
    const choice: ServiceChoice = {};
    if (typeof raw.snoozedUntil === 'number' && isPlausibleSnooze(raw.snoozedUntil, now)) choice.snoozedUntil = raw.snoozedUntil;
    else if (raw.snoozedUntil !== undefined) problems.push(`services.${id}.snoozedUntil: not a time up to the longest snooze`);
    if (raw.acknowledged === true) choice.acknowledged = true;
    else if (raw.acknowledged !== undefined && raw.acknowledged !== false) problems.push(`services.${id}.acknowledged: not true or false`);
    if (choice.snoozedUntil !== undefined || choice.acknowledged) out[id] = choice;
  }
  return out;
}

const STORED_NAME_LIMIT = 100;
const STORED_NOTE_LIMIT = 500;

export function readUserRules(value: unknown, problems: string[]): UserRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push('userRules: not a list');
    return [];
  }
  const rules: UserRule[] = [];
  const seen = new Set<string>();
  value.forEach((raw, i) => {
    const host = isRecord(raw) && typeof raw.host === 'string' ? raw.host : '';
    if (!isRecord(raw) || !/^[a-z0-9.-]+$/.test(host) || typeof raw.name !== 'string' || raw.name.trim() === '') {
      problems.push(`userRules[${i}]: unreadable`);
      return;
    }
    if (seen.has(host)) {
      problems.push(`userRules[${i}]: "${host}" is listed twice`);
      return;
    }
    seen.add(host);
    const alternatives = Array.isArray(raw.alternatives) ? raw.alternatives.filter((a): a is string => typeof a === 'string' && ID_PATTERN.test(a)) : [];
    const note = typeof raw.note === 'string' ? raw.note : '';
    // Stored rules passed the full check when they were added; cutting is a last resort here, and reported.
    if (raw.name.length > STORED_NAME_LIMIT || note.length > STORED_NOTE_LIMIT) problems.push(`userRules[${i}]: name or note cut to length`);
    rules.push({ id: userRuleId(host), host, name: raw.name.slice(0, STORED_NAME_LIMIT), note: note.slice(0, STORED_NOTE_LIMIT), alternatives });
  });
  return rules;
}

export function userRuleId(host: string): string {
  return `user-${host}`;
}

/** Format 1 → 2: lists leave the sync item for storage.local. */
export function migrateSettings(stored: StoredSettings): StoredSettings {
  const sync = { ...stored.sync };
  const local = { ...stored.local };
  const item = isRecord(sync[SYNC_KEY]) ? { ...(sync[SYNC_KEY] as Record<string, unknown>) } : undefined;
  if (item && item.version === 1) {
    if (local[USER_RULES_KEY] === undefined && item.userRules !== undefined) local[USER_RULES_KEY] = item.userRules;
    delete item.userRules;
    item.version = 2;
    sync[SYNC_KEY] = item;
  }
  return { sync, local };
}

export function readSettings(stored: StoredSettings, now = Date.now()): SettingsRead {
  const problems: string[] = [];
  const { sync, local } = migrateSettings(stored);
  const item = sync[SYNC_KEY];
  const prefs = isRecord(item) ? item : {};
  if (item !== undefined && !isRecord(item)) problems.push('settings: not an object');
  if (isRecord(item) && item.version !== SETTINGS_VERSION) problems.push(`settings: unknown format version ${String(item.version)}`);

  const mode = WARNING_MODES.includes(prefs.mode as WarningMode) ? (prefs.mode as WarningMode) : DEFAULT_SETTINGS.mode;
  if (prefs.mode !== undefined && mode !== prefs.mode) problems.push('mode: unknown');
  let mutedCategories: CategoryId[] = [];
  if (Array.isArray(prefs.mutedCategories)) mutedCategories = [...new Set(prefs.mutedCategories.filter(isCategoryId))];
  else if (prefs.mutedCategories !== undefined) problems.push('mutedCategories: not a list');
  const paused = prefs.paused === true;
  if (prefs.paused !== undefined && typeof prefs.paused !== 'boolean') problems.push('paused: not true or false');

  return {
    settings: {
      mode,
      mutedCategories,
      paused,
      services: readServiceChoices(prefs.services, problems, now),
      userRules: readUserRules(local[USER_RULES_KEY], problems),
    },
    problems,
  };
}

export function storedForm(settings: Settings): StoredSettings {
  const { userRules, ...prefs } = settings;
  return { sync: { [SYNC_KEY]: { version: SETTINGS_VERSION, ...prefs } }, local: { [USER_RULES_KEY]: userRules } };
}

