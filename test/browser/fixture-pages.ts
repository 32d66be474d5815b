/** The pages the fixture server answers with: one plain page per host, a strict-CSP variant, 404 for the rest. */
import { signInPage } from './signin-page.js';

export interface FixturePage {
  status: number;
  type: string;
  headers: Record<string, string>;
  body: string;
}

/** A CSP that forbids everything a page could load or run, inline styles included. */
export const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function fixturePage(url: URL): FixturePage {
  if (url.pathname === '/favicon.ico' || url.pathname.startsWith('/missing')) {
    return { status: 404, type: 'text/plain', headers: {}, body: 'not found' };
  }
  const hostile = hostilePage(url);
  if (hostile) return hostile;
  if (url.pathname === '/signin') return { status: 200, type: 'text/html; charset=utf-8', headers: {}, body: signInPage(url.host) };
  const title = `Fixture page for ${escapeHtml(url.host)}`;
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="margin:0;font:16px sans-serif">
<main style="padding:24px"><h1>${title}</h1><p id="path">${escapeHtml(url.pathname)}</p>
<button id="page-button" type="button">A control of the page</button></main>
</body></html>`;
  const headers: Record<string, string> = url.pathname.startsWith('/csp') ? { 'content-security-policy': STRICT_CSP } : {};
  return { status: 200, type: 'text/html; charset=utf-8', headers, body };
}

/** Hostile pages, for the hardening tests: each tries to break or hide the warning. */
function hostilePage(url: URL): FixturePage | null {
  const html = (head: string, body: string): FixturePage => ({
    status: 200,
    type: 'text/html; charset=utf-8',
    headers: {},
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile ${escapeHtml(url.pathname)}</title>${head}</head><body>${body}<button id="page-button" type="button">A control of the page</button></body></html>`,
  });
  switch (url.pathname) {
    case '/hostile/remove-warning':
      // Removes the warning's host element every time it appears.
      return html(
        `<script>new MutationObserver(() => { for (const el of document.querySelectorAll('forewarn-warning')) el.remove(); window.removals = (window.removals || 0) + 1; }).observe(document.documentElement, { childList: true, subtree: true });</script>`,
        '<h1>I remove the warning</h1>',
      );
    case '/hostile/big-dom': {
      const rows = Array.from({ length: 30000 }, (_, i) => `<div class="r"><span>row ${i}</span></div>`).join('');
      return html('', `<h1>A very large page</h1>${rows}`);
    }
    case '/hostile/frame': {
      const src = url.searchParams.get('src') ?? 'http://www.skype.com/';
      return html('', `<h1>A page with a frame</h1><iframe id="frame" src="${escapeHtml(src)}" width="600" height="300"></iframe>`);
    }
    default:
      return null;
  }
}
