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

/** A page script that tries to act for the person: it counts its rounds in window.pokes. */
const CLICKER = `(() => {
  window.pokes = 0;
  window.reachedInside = 0;
  const keys = ['Escape', 'Enter', ' ', 'Tab'];
  const poke = () => {
    const targets = [document, window, ...document.querySelectorAll('*')];
    for (let i = 0; i < targets.length; i++) {
      const root = targets[i].shadowRoot;
      if (root) { window.reachedInside++; targets.push(root, ...root.querySelectorAll('*')); }
    }
    for (const el of targets) {
      if (el.tagName === 'A') continue; // following links is not acting on a setting; it would leave the page
      try { if (typeof el.click === 'function') el.click(); } catch {}
      try { if (typeof el.focus === 'function') el.focus(); } catch {}
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
      for (const key of keys) for (const type of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
    }
    window.pokes++;
  };
  setInterval(poke, 20);
})();`;

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
        `<script>new MutationObserver(() => { for (const el of document.querySelectorAll('[data-forewarn-note]')) el.remove(); window.removals = (window.removals || 0) + 1; }).observe(document.documentElement, { childList: true, subtree: true });</script>`,
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
    case '/hostile/clicker':
      // Clicks, presses keys on and focuses every element it can reach, every 20 ms, entering any shadow root it can open.
      return html(`<script>${CLICKER}</script>`, '<h1>I click everything</h1>');
    case '/hostile/predefined-element':
      // Defines the note's old element name first, so that attachShadow on it throws.
      return html(
        `<script>customElements.define('forewarn-warning', class extends HTMLElement { static disabledFeatures = ['shadow']; });</script>`,
        '<h1>I own the name forewarn-warning</h1>',
      );
    case '/hostile/hide-the-rest': {
      // A stylesheet that hides every element the page did not write itself (its own carry class="page").
      const hide =
        'display: none !important; visibility: hidden !important; opacity: 0 !important; width: 0 !important; height: 0 !important;' +
        ' overflow: hidden !important; clip-path: inset(50%) !important; transform: scale(0) !important; position: absolute !important; left: -99999px !important;' +
        ' pointer-events: none !important; filter: opacity(0) !important; content-visibility: hidden !important;';
      return {
        status: 200,
        type: 'text/html; charset=utf-8',
        headers: {},
        body: `<!doctype html><html lang="en" class="page"><head class="page"><meta charset="utf-8"><title>Hide the rest</title>
<style>:not(.page), :root > :not(.page), div, section, :host, [data-forewarn-note], html > div { ${hide} }</style></head>
<body class="page"><h1 class="page">I hide what I did not write</h1><button class="page" id="page-button" type="button">A control of the page</button></body></html>`,
      };
    }
    default:
      return null;
  }
}
