/** Small DOM builders for the in-page note: text only, never HTML, and links only to https pages. */
import { safeHref } from '../core/safe-url.js';

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function link(doc: Document, url: string, text: string, className?: string): HTMLElement {
  const href = safeHref(url);
  if (href === null) return el(doc, 'span', className, text);
  const a = el(doc, 'a', className, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** A plain button; its click handler is added by the caller, through the `isTrusted` check. */
export function button(doc: Document, className: string, text: string): HTMLButtonElement {
  const b = el(doc, 'button', className, text);
  b.type = 'button';
  return b;
}
