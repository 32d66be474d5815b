/**
 * URL string → lowercase host, the way the browser's URL parser would see it.
 *
 * Why a fast path: this runs on every verdict (content script, popup, CLI,
 * benchmarks) and `new URL()` costs about a microsecond, many times a Map
 * lookup. Plain `http(s)://host[:port]/…` URLs, which are nearly all of them,
 * are read in one pass over their characters; anything unusual (user info,
 * IPv6, percent escapes, IDN or punycode, whitespace, missing slashes, odd
 * ports, hosts ending in a number) goes to `new URL()`, so both paths give
 * the WHATWG answer. A property test checks them against each other.
 */
export type UrlHost =
  | { kind: 'web'; host: string }
  /** A URL, but not http(s): about:, file:, data:, moz-extension: … never match. */
  | { kind: 'other' }
  | { kind: 'invalid'; reason: string };

const OTHER: UrlHost = { kind: 'other' };
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const CANONICAL_IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

export function urlHost(input: string): UrlHost {
  return fastUrlHost(input) ?? slowUrlHost(input);
}

/** The URL's path as the browser would see it (only needed for path-prefix rules). */
export function urlPath(input: string): string {
  try {
    return new URL(input).pathname;
  } catch {
    return '/';
  }
}

/** Length of a leading "http://" or "https://" in any letter case, else 0. */
function schemeLength(s: string): number {
  if ((s.charCodeAt(0) | 32) !== 104 || (s.charCodeAt(1) | 32) !== 116 || (s.charCodeAt(2) | 32) !== 116 || (s.charCodeAt(3) | 32) !== 112) {
    return 0;
  }
  let i = 4;
  if ((s.charCodeAt(i) | 32) === 115) i++;
  return s.charCodeAt(i) === 58 && s.charCodeAt(i + 1) === 47 && s.charCodeAt(i + 2) === 47 ? i + 3 : 0;
}

function fastUrlHost(input: string): UrlHost | undefined {
  const start = schemeLength(input);
  if (start === 0) return undefined;
  let end = start;
  let hasUpper = false;
  let labelStart = start;
  let labelDigitsOnly = true;
  for (; end < input.length; end++) {
    const c = input.charCodeAt(end);
    if (c >= 97 && c <= 122) {
      labelDigitsOnly = false;
    } else if (c === 46 /* . */) {
      if (end === labelStart) return undefined; // empty label
      labelStart = end + 1;
      labelDigitsOnly = true;
    } else if (c >= 48 && c <= 57) {
      // digits keep labelDigitsOnly as it is
    } else if (c === 45 /* - */) {
      labelDigitsOnly = false;
    } else if (c >= 65 && c <= 90) {
      hasUpper = true;
      labelDigitsOnly = false;
    } else if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 92 /* \ */ || c === 58 /* : */) {
      break;
    } else {
      return undefined;
    }
  }
  let hostEnd = end;
  if (input.charCodeAt(end) === 58 /* : */) {
    let p = end + 1;
    while (p < input.length && input.charCodeAt(p) >= 48 && input.charCodeAt(p) <= 57) p++;
    const next = input.charCodeAt(p);
    const portEnd = p === input.length || next === 47 || next === 63 || next === 35 || next === 92;
    if (!portEnd || p - end > 6 || p === end + 1 || Number(input.slice(end + 1, p)) > 65535) return undefined;
  }
  // A trailing dot is dropped; the label before it decides "ends in a number".
  if (input.charCodeAt(hostEnd - 1) === 46) {
    hostEnd--;
    if (hostEnd === labelStart - 1) return undefined;
    const lastDot = input.lastIndexOf('.', hostEnd - 1);
    const last = input.slice(lastDot < start ? start : lastDot + 1, hostEnd);
    labelDigitsOnly = /^\d+$/.test(last);
  }
  if (hostEnd <= start) return undefined;
  let host = input.slice(start, hostEnd);
  // A host ending in a number is an IPv4 address to the parser; only the
  // plain dotted-decimal form is read here, every other form is the parser's.
  if (labelDigitsOnly) return CANONICAL_IPV4.test(host) ? { kind: 'web', host } : undefined;
  if (hasUpper) host = host.toLowerCase();
  if (host.includes('xn--') || host.includes('.0x') || host.startsWith('0x')) return undefined;
  return { kind: 'web', host };
}

function slowUrlHost(input: string): UrlHost {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    const hint = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(input.trim()) ? ` (did you mean https://${input.trim()} ?)` : '';
    return { kind: 'invalid', reason: `not an absolute URL${hint}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return OTHER;
  let host = url.hostname;
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '') return { kind: 'invalid', reason: 'the URL has no host' };
  return { kind: 'web', host };
}
