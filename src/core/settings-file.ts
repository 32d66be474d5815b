/**
 * Export and import of all settings as a JSON file. An import is checked in
 * full before anything is saved: a file that is too large, too deeply nested,
 * not JSON, of another format or version, or with any unreadable field is
 * refused with an error that names the problem, and nothing changes.
 */
import { readServiceChoices, readUserRules, SETTINGS_VERSION, WARNING_MODES, type Settings, type WarningMode } from './settings.js';
import { isCategoryId, type CategoryId } from './categories.js';

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
}

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

/** JSON.parse keeps the last of duplicate keys silently; a settings file with duplicates is ambiguous. */
function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Set<string>[] = [];
  const re = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '{') stack.push(new Set());
    else if (m[0] === '}') stack.pop();
    else if (m[2] && stack.length > 0) {
      const keys = stack[stack.length - 1]!;
      if (keys.has(m[1]!)) found.push(m[1]!);
      keys.add(m[1]!);
    }
  }
  return found;
}

export function importSettings(text: string): ImportResult {
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
  const problems: string[] = [];
  const services = readServiceChoices(raw.services ?? {}, problems);
  const userRules = readUserRules(raw.userRules ?? [], problems);
  errors.push(...problems.map((p) => err('importUnreadable', `settings.${p}`)));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: { mode: raw.mode as WarningMode, mutedCategories: [...new Set(raw.mutedCategories as CategoryId[])], paused: raw.paused as boolean, services, userRules },
  };
}
