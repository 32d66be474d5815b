/**
 * Checks of single values in a rule file: a rule host, a date, a cited
 * https URL, hidden characters. Each returns a sentence that says what is
 * wrong and what to do, or null; validateRules places them at their fields.
 */
import { parse as parseDomain } from 'tldts';
import type { Problem } from './rules-validation.js';

const HOST_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why `host` cannot be a rule host, or null when it can. */
export function hostProblem(host: string): string | null {
  if (host !== host.toLowerCase()) return `"${host}" must be lowercase — write "${host.toLowerCase()}".`;
  if (host.length > 253 || !host.split('.').every((label) => HOST_LABEL.test(label))) {
    return `"${host}" is not a valid hostname — write the host alone, like "web.skype.com" (no "https://"; a path only as host/path).`;
  }
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  if (parsed.isIp) return `"${host}" is an IP address — rules name hosts: write the service's host name, like "web.skype.com".`;
  if (!parsed.domain || parsed.publicSuffix === host) {
    return `"${host}" is a public suffix (like "com" or "co.uk"), shared by unrelated sites — write the service's own domain under it, like "example.${host}".`;
  }
  if (!parsed.isIcann && !parsed.isPrivate) {
    return `"${host}" does not end in a known top-level domain — write the host the service really lives on, like "web.skype.com".`;
  }
  return null;
}

/** A URL path of one or more non-empty segments, no query, no fragment: what a path prefix may be. */
const PLAIN_PATH = /^(\/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+$/;

/**
 * Why `spec`, an `exclude` entry starting with "/", cannot be a rule-wide
 * path exclusion (that path prefix on every host of the rule), or null when
 * it can. A trailing "/" is dropped, as in `host/path`.
 */
export function ruleWidePathProblem(spec: string): string | null {
  const path = spec.replace(/[?#].*$/, '').replace(/\/+$/, '');
  if (path.length < spec.replace(/\/+$/, '').length) {
    return `"${spec}" has a query or fragment, but an exclusion is a path prefix and covers every query — write the path alone, like "${path || '/about'}".`;
  }
  if (path === '') return `"${spec}" would exclude every page of this rule — name the path of the page that is not the service, like "/about" or "/url".`;
  if (!PLAIN_PATH.test(path)) return `"${spec}" is not a plain URL path — write it as /path with letters, digits and - . _ ~ only, like "/url" or "/intl".`;
  return null;
}

/** `source`: a document's publication date; `reviewed`: the day someone checked the rule. */
export function dateProblem(value: string, today: string, kind: 'source' | 'reviewed'): string | null {
  const form = kind === 'source' ? 'YYYY-MM-DD, e.g. "2013-06-07" (YYYY-MM or YYYY when the document shows no day)' : `YYYY-MM-DD, e.g. "${today}"`;
  if (value === '') return `is empty — write ${kind === 'source' ? 'the date the document shows' : 'the day you last checked every claim and link'}: ${form}.`;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return `"${value}" is not a date — write ${form}.`;
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) {
    return `"${value}" is not a real calendar date — check the month and the day.`;
  }
  if (`${y}-${mo}-${d}` > today) {
    return kind === 'source'
      ? `"${value}" is in the future (today is ${today}) — write the publication date the document itself shows.`
      : `"${value}" is in the future (today is ${today}) — write the day you checked every claim and link, at the latest today.`;
  }
  return null;
}

/** `cited`: a source, where an https copy of the same document is an answer. */
export function httpsUrlProblem(value: string, cited = false): string | null {
  if (value.trim() === '') return `is empty — ${cited ? 'paste the https address of the page you read, exactly as you read it' : 'paste its https address'}.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a complete URL — copy the whole address from the browser's address bar, starting with https://.`;
  }
  if (url.protocol !== 'https:') {
    return cited
      ? `"${value}" must use https — open the page over https and copy that address if it loads; otherwise cite an https copy of the same document and name the original in "note".`
      : `"${value}" must use https — open it over https and copy that address.`;
  }
  if (hostProblem(url.hostname.replace(/\.$/, '')) !== null) return `"${value}" has no public host name — use the address of a public web page.`;
  return null;
}

/** Invisible and direction-changing characters: never needed in a claim, and able to disguise one. */
const HIDDEN_CHARACTERS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export function hiddenCharacterProblems(file: string, value: unknown, path: string, out: Problem[]): void {
  if (typeof value === 'string') {
    const at = value.search(HIDDEN_CHARACTERS);
    if (at >= 0) {
      const code = value.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
      out.push({ file, path, message: `contains invisible or direction-changing characters (zero-width or bidirectional controls; the first, U+${code}, at character ${at + 1}) — delete them, or retype the text.` });
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => hiddenCharacterProblems(file, v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) hiddenCharacterProblems(file, v, path ? `${path}.${k}` : k, out);
  }
}

