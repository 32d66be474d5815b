/**
 * Code the browser tests run inside pages. Kept as plain-JavaScript source
 * strings: the same text is evaluated in Chromium and Firefox, in web pages
 * and in extension pages, without depending on how the test runner compiles
 * TypeScript.
 */
import type { Page } from 'puppeteer-core';

/**
 * Installed before any page script: records when the warning's host element
 * first appears in <html> and, one frame later, when it has been painted.
 * performance.now() counts from the navigation's start.
 */
export const WARNING_TIMER = `(() => {
  const stamp = () => {
    if (window.__forewarnAttachedAt !== undefined) return;
    if (!document.querySelector('forewarn-warning')) return;
    window.__forewarnAttachedAt = performance.now();
    requestAnimationFrame(() => { window.__forewarnVisibleAt = performance.now(); });
  };
  new MutationObserver(stamp).observe(document, { childList: true, subtree: true });
  stamp();
})()`;

export interface WarningState {
  count: number;
  title: string;
  text: string;
  alternatives: { text: string; href: string }[];
  rect: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  position: string;
  contrast: number;
  focusInside: boolean;
  pageButtonReachable: boolean;
  visibleAt: number | null;
}

const READ_WARNING = `(() => {
  const hosts = document.querySelectorAll('forewarn-warning');
  const host = hosts[0];
  if (!host || !host.shadowRoot) return null;
  const root = host.shadowRoot;
  const card = root.querySelector('section');
  const rect = card.getBoundingClientRect();
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(card);
  // Text against the nearest background actually painted behind it.
  const backgroundOf = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const contrastOf = (el) => {
    const a = lum(getComputedStyle(el).color), b = lum(backgroundOf(el));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const texts = [...root.querySelectorAll('h2, p, button')];
  const button = document.getElementById('page-button');
  let pageButtonReachable = false;
  if (button) {
    const r = button.getBoundingClientRect();
    pageButtonReachable = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === button;
  }
  return {
    count: hosts.length,
    title: root.querySelector('h2').textContent,
    text: card.textContent,
    alternatives: [...root.querySelectorAll('.alternatives a')].map((a) => ({ text: a.textContent, href: a.href })),
    rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    viewport: { width: innerWidth, height: innerHeight },
    position: style.position,
    contrast: Math.min(...texts.map(contrastOf)),
    focusInside: host.matches(':focus-within') || document.activeElement === host,
    pageButtonReachable,
    visibleAt: window.__forewarnVisibleAt === undefined ? null : window.__forewarnVisibleAt,
  };
})()`;

export function readWarning(page: Page): Promise<WarningState | null> {
  return page.evaluate(READ_WARNING) as Promise<WarningState | null>;
}

export interface PopupState {
  heading: string | null;
  none: string | null;
  concerns: { text: string; links: { text: string; href: string }[] }[];
  alternatives: { text: string; href: string | null }[];
}

/** Reads the popup's document; used as `(POPUP_READER)(document)`. */
export const POPUP_READER = `(doc) => ({
  heading: doc.querySelector('h1') ? doc.querySelector('h1').textContent : null,
  none: doc.querySelector('.none') ? doc.querySelector('.none').textContent : null,
  concerns: [...doc.querySelectorAll('.concerns li')].map((li) => ({
    text: li.textContent,
    links: [...li.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.href })),
  })),
  alternatives: [...doc.querySelectorAll('.alternatives li')].map((li) => ({
    text: li.textContent,
    href: li.querySelector('a') ? li.querySelector('a').href : null,
  })),
})`;
