/**
 * The one check of a user's own rule, used by the options page (what the
 * user typed) and by settings import (what a file says), so a file cannot
 * slip past what the form refuses. Every problem is reported, each as a
 * _locales key with its arguments.
 *
 * Why each host check: a rule asks for access to `host` and every subdomain,
 * so a public suffix (`com`, `co.uk`, and private ones such as `github.io`)
 * would ask for a whole namespace of unrelated sites; IP addresses and
 * `localhost` are not sites of a service; a host the shipped rules already
 * cover would duplicate a listed service (the message names it). IDNs are
 * kept in punycode, the form the browser's permissions and matcher use.
 */
import { parse as parseDomain } from 'tldts';
import type { Matcher } from './matcher.js';
import type { PublishedRules } from './published-rules.js';
import { userRuleId, type UserRule } from './settings.js';
import { urlHost } from './url-host.js';

export interface UserRuleInput {
  host: string;
  name: string;
  note: string;
  alternatives: readonly string[];
}

/** What the check needs to know about the shipped rules. */
export interface ShippedRules {
  /** Matches URLs against the shipped services' hosts. */
  listed: Matcher;
  /** The display name of a shipped service, to say which one covers a host. */
  serviceName(id: string): string;
  /** Ids of the shipped alternatives. */
  alternatives: ReadonlySet<string>;
}

export function shippedRules(rules: PublishedRules, listed: Matcher): ShippedRules {
  const names = new Map(rules.services.map((s) => [s.id, s.name]));
  return { listed, serviceName: (id) => names.get(id) ?? id, alternatives: new Set(Object.keys(rules.alternatives)) };
}

export type UserRuleField = 'host' | 'name' | 'note' | 'alternatives';
export interface UserRuleError {
  field: UserRuleField;
  key: string;
  args?: string[];
}
export type UserRuleCheck = { ok: true; rule: UserRule } | { ok: false; errors: UserRuleError[] };

export const MAX_NAME_LENGTH = 100;
export const MAX_NOTE_LENGTH = 500;
/** Longer input is not a host name (253) nor a URL worth parsing. */
const MAX_HOST_INPUT = 2048;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * C0 and C1 controls (a note may keep its line breaks), bidirectional
 * controls (RLO and friends reorder the text around them), zero-width
 * characters, and unpaired surrogates (not text at all).
 */
const FORBIDDEN_TEXT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(text: string, allowLineBreaks = false): boolean {
  return FORBIDDEN_TEXT.test(text) || (!allowLineBreaks && text.includes('\n'));
}

/** A typed host or URL → lowercase punycode host without a leading `www.`; text that is no URL comes back trimmed. */
export function normaliseHost(text: string): string {
  const trimmed = text.trim().toLowerCase();
  const parsed = urlHost(/^[a-z][a-z0-9+.-]*:/.test(trimmed) ? trimmed : `https://${trimmed}`);
  return parsed.kind === 'web' ? parsed.host.replace(/\.$/, '').replace(/^www\./, '') : trimmed;
}

/** Shortens what is echoed back in a message, so a huge input does not become a huge message. */
const echo = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

function hostErrors(typed: string, shipped: ShippedRules, existing: readonly UserRule[]): { host: string; errors: UserRuleError[] } {
  const raw = typed.trim();
  if (raw.length > MAX_HOST_INPUT) return { host: '', errors: [{ field: 'host', key: 'userRuleErrorHost', args: [echo(raw)] }] };
  const host = normaliseHost(raw);
  const bare = host.replace(/^\[|\]$/g, '');
  const parsed = parseDomain(bare, { allowPrivateDomains: true });
  if (parsed.isIp || bare === 'localhost' || bare.endsWith('.localhost')) return { host, errors: [{ field: 'host', key: 'userRuleErrorLocal', args: [echo(bare)] }] };
  // A suffix the Public Suffix List knows (ICANN or private); an unknown single label is simply not a site name.
  const knownSuffix = parsed.publicSuffix === host && (parsed.isIcann === true || parsed.isPrivate === true);
  if (knownSuffix && HOST.test(`x.${host}`)) return { host, errors: [{ field: 'host', key: 'userRuleErrorPublicSuffix', args: [host] }] };
  if (!HOST.test(host)) return { host, errors: [{ field: 'host', key: 'userRuleErrorHost', args: [echo(raw)] }] };
  const errors: UserRuleError[] = [];
  const verdict = shipped.listed.match(`https://${host}/`);
  if (verdict.kind === 'match') errors.push({ field: 'host', key: 'userRuleErrorListed', args: [host, shipped.serviceName(verdict.serviceId)] });
  if (existing.some((r) => r.host === host)) errors.push({ field: 'host', key: 'userRuleErrorDuplicate', args: [host] });
  return { host, errors };
}

export function checkUserRule(input: UserRuleInput, shipped: ShippedRules, existing: readonly UserRule[]): UserRuleCheck {
  const { host, errors } = hostErrors(input.host, shipped, existing);
  const name = input.name.trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) errors.push({ field: 'name', key: 'userRuleErrorName' });
  else if (hasForbiddenCharacters(name)) errors.push({ field: 'name', key: 'userRuleErrorCharacters' });
  const note = input.note.trim();
  if (note.length > MAX_NOTE_LENGTH) errors.push({ field: 'note', key: 'userRuleErrorNote' });
  else if (hasForbiddenCharacters(note, true)) errors.push({ field: 'note', key: 'userRuleErrorCharacters' });
  const seen = new Set<string>();
  for (const id of input.alternatives) {
    if (seen.has(id)) errors.push({ field: 'alternatives', key: 'userRuleErrorAlternativeRepeated', args: [echo(id)] });
    else if (!shipped.alternatives.has(id)) errors.push({ field: 'alternatives', key: 'userRuleErrorAlternativeUnknown', args: [echo(id)] });
    seen.add(id);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rule: { id: userRuleId(host), host, name, note, alternatives: [...input.alternatives] } };
}
