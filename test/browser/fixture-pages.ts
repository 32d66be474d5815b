/** The pages the fixture server answers with: one plain page per host, a strict-CSP variant, 404 for the rest. */
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
