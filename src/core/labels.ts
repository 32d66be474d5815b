/**
 * People's words for the rule format's ids: the _locales keys of category
 * names, alternative kinds, platforms and leave-link kinds. The extension's
 * pages and the static catalogue both read these, so no page shows a raw id
 * such as "self-hostable" or "macos".
 */
import type { CategoryId } from './categories.js';
import type { AlternativeKind, LeaveLink } from './rule-types.js';
import type { Translate } from './translate.js';

/** Short names, for tags; the one-line meanings are in src/options/category-labels.ts. */
export const CATEGORY_NAME_KEYS: Record<CategoryId, string> = {
  'government-access': 'categoryNameGovernmentAccess',
  'server-side-content': 'categoryNameServerSideContent',
  'no-end-to-end-encryption': 'categoryNameNoEndToEndEncryption',
  'content-scanning': 'categoryNameContentScanning',
  'advertising-profile': 'categoryNameAdvertisingProfile',
  'data-breach': 'categoryNameDataBreach',
  jurisdiction: 'categoryNameJurisdiction',
  'central-control': 'categoryNameCentralControl',
  'model-training': 'categoryNameModelTraining',
};

export const KIND_KEYS: Record<AlternativeKind, string> = { app: 'kindApp', 'self-hostable': 'kindSelfHostable', hosted: 'kindHosted' };

const PLATFORM_KEYS: Record<string, string> = {
  web: 'platformWeb',
  windows: 'platformWindows',
  macos: 'platformMacos',
  linux: 'platformLinux',
  android: 'platformAndroid',
  ios: 'platformIos',
};

export const LEAVE_KIND_KEYS: Record<LeaveLink['kind'], string> = { export: 'popupLeaveExport', delete: 'popupLeaveDelete', other: 'popupLeaveOther' };

const own = (map: Record<string, string>, id: string) => (Object.prototype.hasOwnProperty.call(map, id) ? map[id] : undefined);

/** A label for an id, or the id itself when the map does not know it (a rule newer than this build). */
function label(t: Translate, map: Record<string, string>, id: string): string {
  const key = own(map, id);
  return (key && t(key)) || id;
}

export const categoryName = (t: Translate, id: string) => label(t, CATEGORY_NAME_KEYS, id);
export const kindName = (t: Translate, id: string) => label(t, KIND_KEYS, id);
export const platformName = (t: Translate, id: string) => label(t, PLATFORM_KEYS, id);
export const leaveKindName = (t: Translate, id: string) => label(t, LEAVE_KIND_KEYS, id);
