/**
 * Which dynamic content scripts to register or remove so that exactly the
 * user rules whose host permission is granted have one. Pure, so the sync
 * after an install, an update or a browser restart is tested in Node.
 */
import type { UserRule } from './settings.js';

export const USER_SCRIPT_PREFIX = 'user-rule:';

export function userRuleOrigins(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

export interface RegistrationPlan {
  register: { id: string; matches: string[] }[];
  unregister: string[];
}

export function planRegistrations(rules: readonly UserRule[], registeredIds: readonly string[], granted: (origins: string[]) => boolean): RegistrationPlan {
  const wanted = new Map(rules.filter((r) => granted(userRuleOrigins(r.host))).map((r) => [`${USER_SCRIPT_PREFIX}${r.host}`, userRuleOrigins(r.host)]));
  const ours = registeredIds.filter((id) => id.startsWith(USER_SCRIPT_PREFIX));
  return {
    register: [...wanted].filter(([id]) => !ours.includes(id)).map(([id, matches]) => ({ id, matches })),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}
