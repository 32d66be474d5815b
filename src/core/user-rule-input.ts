/**
 * Checks what a user typed to add their own rule, before any permission is
 * asked: a plain hostname (a URL is accepted and reduced to its host), a
 * name, and no clash with Forewarn's own rules or the user's other rules.
 */
import type { Matcher } from './matcher.js';
import { userRuleId, type UserRule } from './settings.js';
import { urlHost } from './url-host.js';

export interface UserRuleInput {
  host: string;
  name: string;
  note: string;
  alternatives: string[];
}

export type UserRuleCheck = { ok: true; rule: UserRule } | { ok: false; errors: { field: 'host' | 'name' | 'note'; key: string; args?: string[] }[] };

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export function normaliseHost(text: string): string {
  const trimmed = text.trim().toLowerCase();
  const parsed = urlHost(/^[a-z][a-z0-9+.-]*:/.test(trimmed) ? trimmed : `https://${trimmed}`);
  return parsed.kind === 'web' ? parsed.host.replace(/^www\./, '') : trimmed;
}

export function checkUserRule(input: UserRuleInput, listed: Matcher, existing: readonly UserRule[]): UserRuleCheck {
  const errors: { field: 'host' | 'name' | 'note'; key: string; args?: string[] }[] = [];
  const host = normaliseHost(input.host);
  if (!HOST.test(host)) errors.push({ field: 'host', key: 'userRuleErrorHost', args: [input.host.trim()] });
  else {
    const verdict = listed.match(`https://${host}/`);
    if (verdict.kind === 'match') errors.push({ field: 'host', key: 'userRuleErrorListed', args: [host] });
    if (existing.some((r) => r.host === host)) errors.push({ field: 'host', key: 'userRuleErrorDuplicate', args: [host] });
  }
  const name = input.name.trim();
  if (name === '' || name.length > 100) errors.push({ field: 'name', key: 'userRuleErrorName' });
  if (input.note.length > 500) errors.push({ field: 'note', key: 'userRuleErrorNote' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rule: { id: userRuleId(host), host, name, note: input.note.trim(), alternatives: [...new Set(input.alternatives)] } };
}
