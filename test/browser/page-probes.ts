/**
 * Code the browser tests run inside pages. Kept as plain-JavaScript source
 * strings: the same text is evaluated in Chromium and Firefox, in web pages
 * and in extension pages, without depending on how the test runner compiles
 * TypeScript.
 */
import type { ExtensionBrowser } from './extension-browser.js';

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
  /** Whether the point at the card's centre hits the note (so it is painted on top, not hidden or covered). */
  hitAtCentre: boolean;
}

/** Read on the note's closed shadow root with ExtensionBrowser.inNote: `(root, host) => WarningState`. */
export const READ_WARNING = `(root, host) => {
  const count = document.querySelectorAll('[data-forewarn-note]').length;
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
  const visible = rect.width > 0 && rect.height > 0 && getComputedStyle(card).visibility === 'visible';
  return {
    count,
    title: root.querySelector('h2').textContent,
    text: card.textContent,
    alternatives: [...root.querySelectorAll('.alternatives a')].map((a) => ({ text: a.textContent, href: a.href })),
    rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    viewport: { width: innerWidth, height: innerHeight },
    position: style.position,
    contrast: Math.min(...texts.map(contrastOf)),
    focusInside: host.matches(':focus-within') || document.activeElement === host,
    pageButtonReachable,
    hitAtCentre: visible && document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2) === host,
  };
}`;

/** The note as the person sees it, or null when the page shows none. */
export function readWarning(eb: ExtensionBrowser): Promise<WarningState | null> {
  return eb.inNote<WarningState>(READ_WARNING);
}

/** Where to click a control of the note (`selector` inside its shadow root), for a real (trusted) mouse click. */
export async function noteControlCentre(eb: ExtensionBrowser, selector: string): Promise<{ x: number; y: number }> {
  const box = await eb.inNote<{ x: number; y: number }>(`(root) => {
    const r = root.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }`);
  if (!box) throw new Error('no note to click in');
  return box;
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
  concerns: [...doc.querySelectorAll('.concerns > li')].map((li) => ({
    text: li.textContent,
    links: [...li.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.href })),
  })),
  alternatives: [...doc.querySelectorAll('.alternatives li')].map((li) => ({
    text: li.textContent,
    href: li.querySelector('a') ? li.querySelector('a').href : null,
  })),
})`;
