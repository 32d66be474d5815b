/**
 * URL string → lowercase host, the way the browser's URL parser would see it.
 *
 * Why a fast path: this runs on every verdict (content script, popup, CLI,
 * benchmarks) and `new URL()` costs about a microsecond, several times a Map
 * lookup. Plain `http(s)://host[:port]/…` URLs, which are nearly all of them,
 * are cut by hand; anything unusual (user info, IPv6, percent escapes, IDN,
 * whitespace, missing slashes, odd ports) goes to `new URL()`, so both paths
 * give the WHATWG answer. A property test checks them against each other.
 */
export type UrlHost =
  | { kind: 'web'; host: string }
  /** A URL, but not http(s): about:, file:, data:, moz-extension: … never match. */
  | { kind: 'other' }
  | { kind: 'invalid'; reason: string };

const OTHER: UrlHost = { kind: 'other' };

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

function schemeLength(input: string): number {
  // "http://" or "https://", any letter case.
  if (!/^https?:\/\//i.test(input.slice(0, 8))) return 0;
  return input.charCodeAt(4) === 58 /* : */ ? 7 : 8;
}

function fastUrlHost(input: string): UrlHost | undefined {
  const start = schemeLength(input);
  if (start === 0) return undefined;
  let end = start;
  let colon = -1;
  for (; end < input.length; end++) {
    const c = input.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 92 /* \ */) break;
    if (c === 58 /* : */) {
      if (colon >= 0) return undefined;
      colon = end;
      continue;
    }
    const isAlnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (colon >= 0 ? !(c >= 48 && c <= 57) : !(isAlnum || c === 45 /* - */ || c === 46 /* . */)) {
      return undefined;
    }
  }
  const hostEnd = colon >= 0 ? colon : end;
  if (colon >= 0 && (end - colon > 6 || end - colon === 1 || Number(input.slice(colon + 1, end)) > 65535)) {
    return undefined;
  }
  let host = input.slice(start, hostEnd).toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  // Empty labels, punycode (which the parser validates) and hosts whose last
  // label is a number (the parser reads those as IPv4) take the slow path.
  if (host === '' || host.includes('..') || host.startsWith('.') || host.includes('xn--') || /(^|\.)(\d+|0x[0-9a-f]*)$/.test(host)) {
    return undefined;
  }
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
