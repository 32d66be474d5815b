/**
 * The few HTML building blocks of the static catalogue. Rule text is
 * untrusted input (it arrives as pull requests), so every piece of it goes
 * through `text()`: HTML-escaped, and wrapped in <bdi> so a right-to-left
 * override or other bidi control inside one field cannot reorder the text
 * around it. Only https URLs become links (`safeHref`); any other URL is shown
 * as plain text. A page's CSP forbids every script but the one file it names
 * (the index's catalog.js, from 'self'); never an inline one.
 */
import { safeHref } from '../../src/core/safe-url.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** One piece of rule text, escaped and isolated from the text around it. */
export function text(value: string): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

/** A list of rule texts, each isolated on its own. */
export function textList(values: readonly string[]): string {
  return values.map(text).join(', ');
}

// Bidi embeddings, overrides, isolates and marks, and zero-width characters: <title> cannot hold a <bdi>.
const INVISIBLE_CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const TITLE_MAX = 100;

/** Rule text for a <title>: escaped, without bidi controls, and not overlong. */
export function titleText(value: string): string {
  const plain = [...value.replace(INVISIBLE_CONTROLS, '')];
  return escapeHtml(plain.length > TITLE_MAX ? `${plain.slice(0, TITLE_MAX).join('')}…` : plain.join(''));
}

/** A link to an outside page when the URL is https; otherwise the label followed by the URL as plain text. */
export function externalLink(url: string, label: string): string {
  const href = safeHref(url);
  if (href === null) return `${label} <span class="unlinked">(${text(url)})</span>`;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>`;
}

/** The id pattern of the rule format; ids become file names and anchors, so anything else is refused. */
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function checkedId(id: string): string {
  if (!ID_PATTERN.test(id)) throw new Error(`catalog: ${JSON.stringify(id.slice(0, 80))} is not a valid rule id`);
  return id;
}

// Nothing may load from elsewhere; `file:` lets the stylesheet load from disk in Firefox too.
const CSP = "default-src 'none'; style-src 'self' file:; base-uri 'none'; form-action 'none'";
// Only for a page with a script, and only from the catalogue's own origin: no inline script, no eval.
// Unlike style-src, no `file:`: opened from disk in Firefox the index's filter stays off and the full list shows.
const CSP_WITH_SCRIPT = `${CSP}; script-src 'self'`;

export interface PageOptions {
  /** Already escaped, see `titleText`. */
  title: string;
  /** The path from this page back to the catalogue's root: '' or '../'. */
  root: string;
  generated: string;
  body: string;
  /** A script of the catalogue's own, by path from the catalogue's root; none by default. */
  script?: string;
}

export function page({ title, root, generated, body, script }: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${script ? CSP_WITH_SCRIPT : CSP}">
<title>${title}</title>
<link rel="stylesheet" href="${root}catalog.css">
${script ? `<script src="${root}${escapeHtml(script)}" defer></script>\n` : ''}</head>
<body>
<header class="site">
<a class="home" href="${root}index.html">Forewarn catalogue</a>
<nav><a href="${root}index.html">All services</a> <a href="${root}alternatives.html">Alternatives</a></nav>
</header>
<main>
${body}
</main>
<footer class="site"><p>Generated from the Forewarn rule database on ${text(generated)}. <a href="${root}index.html">Back to all services</a></p></footer>
</body>
</html>
`;
}
