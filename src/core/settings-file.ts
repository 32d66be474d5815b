/**
 * Export and import of all settings as a JSON file. An import is checked in
 * full before anything is saved: a file that is too large, too deeply nested,
 * not JSON, of another format or version, or with any unreadable field is
 * refused with an error that names the problem, and nothing changes.
 *
 * A file is as untrusted as a web page: its user rules go through the same
 * check as the options form (checkUserRule), so an import cannot ask for
 * access to `com` or an IP address, and one bad rule refuses the whole file.
 * Snoozes are bounded by the longest snooze the UI offers.
 */
import { isPlausibleSnooze, LONGEST_SNOOZE_MS, readServiceChoices, SETTINGS_VERSION, userRuleId, WARNING_MODES, type Settings, type UserRule, type WarningMode } from './settings.js';
import { isCategoryId, type CategoryId } from './categories.js';
import { checkUserRule, type ShippedRules } from './user-rule-input.js';
import { DAY_MS } from './warning-policy.js';

export const SETTINGS_FILE_FORMAT = 'forewarn-settings';
export const MAX_IMPORT_BYTES = 256 * 1024;
const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: Settings;
}

export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings };
  return JSON.stringify(file, null, 2) + '\n';
}

/** An import problem as a _locales key with its arguments, so the page shows it in the user's language. */
export interface ImportError {
  key: string;
  args: string[];
  /** Where in the file, for problems whose message does not say it (a user rule's field). */
  at?: string;
}

/** What an import is checked against. */
export interface ImportContext {
  shipped: ShippedRules;
  now: number;
}

/** A settings file may hold at most this many rules (each asks for a host permission). */
export const MAX_IMPORTED_RULES = 200;
const RULE_KEYS = new Set(['id', 'host', 'name', 'note', 'alternatives']);

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: ImportError[] };

const err = (key: string, ...args: string[]): ImportError => ({ key, args });

/** Depth and key checks on the raw JSON text's tree, before any field is read. */
function structureProblems(value: unknown, path: string, depth: number, problems: ImportError[]): void {
  if (depth > MAX_DEPTH) {
    problems.push(err('importTooDeep', path || '/', String(MAX_DEPTH)));
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => structureProblems(v, `${path}[${i}]`, depth + 1, problems));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) problems.push(err('importForbiddenKey', `${path ? `${path}.` : ''}${key}`));
      else structureProblems((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1, problems);
    }
  }
}

/** A key as JSON.parse reads it: `"\u006dode"` is `mode`. */
function decodeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** JSON.parse keeps the last of duplicate keys silently; a settings file with duplicates is ambiguous. Keys compare as decoded. */
function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Set<string>[] = [];
  const re = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '{') stack.push(new Set());
    else if (m[0] === '}') stack.pop();
    else if (m[2] && stack.length > 0) {
      const keys = stack[stack.length - 1]!;
      const key = decodeKey(m[1]!);
      if (keys.has(key)) found.push(key);
      keys.add(key);
    }
  }
  return found;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function snoozeErrors(services: unknown, now: number): ImportError[] {
  if (!isRecord(services)) return [];
  return Object.entries(services)
    .filter(([, c]) => isRecord(c) && typeof c.snoozedUntil === 'number' && !isPlausibleSnooze(c.snoozedUntil, now))
    .map(([id]) => err('importBadSnooze', `settings.services.${id}.snoozedUntil`, String(LONGEST_SNOOZE_MS / DAY_MS)));
}

/** Each rule through the options page's own check; every problem named with where it is. */
function importUserRules(value: unknown, shipped: ShippedRules): { rules: UserRule[]; errors: ImportError[] } {
  if (value === undefined) return { rules: [], errors: [] };
  if (!Array.isArray(value)) return { rules: [], errors: [err('importUnreadable', 'settings.userRules')] };
  if (value.length > MAX_IMPORTED_RULES) return { rules: [], errors: [err('importTooManyRules', String(value.length), String(MAX_IMPORTED_RULES))] };
  const rules: UserRule[] = [];
  const errors: ImportError[] = [];
  value.forEach((raw, i) => {
    const at = `settings.userRules[${i}]`;
    if (!isRecord(raw)) return errors.push(err('importUnreadable', at));
    for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) errors.push(err('importUnknownSetting', `${at}.${key}`));
    const text = (key: string, optional: boolean): string | undefined => {
      if (typeof raw[key] === 'string') return raw[key];
      if (optional && raw[key] === undefined) return '';
      errors.push(err('importUnreadable', `${at}.${key}`));
      return undefined;
    };
    const [host, name, note] = [text('host', false), text('name', false), text('note', true)];
    const alternatives = raw.alternatives === undefined ? [] : raw.alternatives;
    if (!Array.isArray(alternatives) || !alternatives.every((a) => typeof a === 'string')) return errors.push(err('importUnreadable', `${at}.alternatives`));
    if (host === undefined || name === undefined || note === undefined) return;
    const checked = checkUserRule({ host, name, note, alternatives }, shipped, rules);
    if (!checked.ok) return errors.push(...checked.errors.map((e) => ({ key: e.key, args: e.args ?? [], at: `${at}.${e.field}` })));
    if (raw.id !== undefined && raw.id !== userRuleId(checked.rule.host)) return errors.push(err('importUnreadable', `${at}.id`));
    rules.push(checked.rule);
  });
  return { rules, errors };
}

export function importSettings(text: string, context: ImportContext): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: [err('importTooLarge', String(MAX_IMPORT_BYTES / 1024))] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [err('importNotJson', (error as Error).message)] };
  }
  const errors: ImportError[] = [];
  structureProblems(data, '', 0, errors);
  if (errors.length > 0) return { ok: false, errors };
  const duplicates = duplicateKeys(text);
  if (duplicates.length > 0) return { ok: false, errors: duplicates.map((k) => err('importDuplicateKey', k)) };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: [err('importNotSettingsFile', SETTINGS_FILE_FORMAT)] };
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) return { ok: false, errors: [err('importNotSettingsFile', SETTINGS_FILE_FORMAT)] };
  if (file.version !== SETTINGS_VERSION) {
    return { ok: false, errors: [err('importWrongVersion', JSON.stringify(file.version) ?? 'none', String(SETTINGS_VERSION))] };
  }
  const s = file.settings;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return { ok: false, errors: [err('importSettingsNotObject')] };
  const raw = s as Record<string, unknown>;
  const known = new Set(['mode', 'mutedCategories', 'paused', 'services', 'userRules']);
  for (const key of Object.keys(raw)) if (!known.has(key)) errors.push(err('importUnknownSetting', `settings.${key}`));
  if (!WARNING_MODES.includes(raw.mode as WarningMode)) errors.push(err('importBadMode', WARNING_MODES.join(', ')));
  if (!Array.isArray(raw.mutedCategories) || !raw.mutedCategories.every(isCategoryId)) errors.push(err('importBadCategories'));
  if (typeof raw.paused !== 'boolean') errors.push(err('importBadPaused'));
  const snoozes = snoozeErrors(raw.services, context.now);
  errors.push(...snoozes);
  const problems: string[] = [];
  const services = readServiceChoices(raw.services ?? {}, problems, context.now);
  // A snooze out of bounds is reported once, by snoozeErrors, with its own message.
  if (snoozes.length === 0) errors.push(...problems.map((p) => err('importUnreadable', `settings.${p}`)));
  else errors.push(...problems.filter((p) => !p.includes('.snoozedUntil:')).map((p) => err('importUnreadable', `settings.${p}`)));
  const { rules: userRules, errors: ruleErrors } = importUserRules(raw.userRules, context.shipped);
  errors.push(...ruleErrors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: { mode: raw.mode as WarningMode, mutedCategories: [...new Set(raw.mutedCategories as CategoryId[])], paused: raw.paused as boolean, services, userRules },
  };
}
