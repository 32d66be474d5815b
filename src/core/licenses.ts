/**
 * SPDX ids of free-software licences an alternative may carry. A short,
 * explicit list: an unfamiliar licence should be a reviewer's decision, so the
 * validator names it instead of accepting any string.
 */
export const FREE_LICENSES = new Set([
  '0BSD', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause',
  // CC0-1.0 is a public-domain dedication the FSF lists as a free, GPL-compatible licence.
  'CC0-1.0', 'EPL-2.0', 'EUPL-1.2', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later',
  'ISC', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'MIT',
  'MPL-2.0', 'Unlicense',
]);

/** Ids in an `A OR B` / `A AND B` expression that are not on the list. */
export function unknownLicenseIds(expression: string): string[] {
  const ids = expression.split(/\s+(?:OR|AND)\s+/).map((id) => id.replace(/^\(|\)$/g, '').trim());
  return ids.filter((id) => !FREE_LICENSES.has(id));
}
