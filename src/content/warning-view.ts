/**
 * Builds the in-page warning inside a shadow root, with plain DOM calls and
 * `textContent` only: rule text is never parsed as HTML. No framework, to
 * keep the content script small. The host element sits on <html>, not in
 * <body>, so pages that replace `document.body` do not remove it.
 *
 * The page is hostile, so:
 * - the host is a plain <div>, never a custom element: a page could define
 *   a custom element's name first (e.g. with `disabledFeatures = ['shadow']`)
 *   and make attachShadow throw;
 * - the host's inline `!important` style (see HOST_STYLE) and the shadow
 *   sheet's `:host { all: initial !important }` keep page stylesheets off
 *   it, so rules such as `:root > :not(body) { display: none !important }`
 *   do not hide it;
 * - the shadow root is closed: page scripts cannot reach the buttons, read
 *   the text or dispatch events inside it;
 * - every handler ignores events the page synthesised (`isTrusted` false).
 *
 * The card is fixed to a corner and takes pointer events only on itself, so
 * the page's own controls stay usable; it never takes focus by itself.
 */
import type { WarningData } from '../core/published-rules.js';
import { OFFERED_CHOICES, type ChoiceAction } from '../core/service-choices.js';
import { safeHref } from '../core/safe-url.js';
import type { Translate } from '../core/translate.js';
import { WARNING_CSS } from './warning-styles.js';

export interface WarningCallbacks {
  onDismiss(): void;
  /** Saves a choice for this service; a rejection's message is shown in the warning. */
  onChoice(action: ChoiceAction): Promise<void>;
}


/** A plain element: a page cannot define it as a custom element first. */
export const HOST_TAG = 'div';
/** Marks the host, so the tests (and nothing else) find it among <html>'s children. */
export const HOST_ATTRIBUTE = 'data-forewarn-note';
/**
 * Set inline with `!important` on the host: a page stylesheet cannot override
 * an inline `!important` declaration, whatever its selector or layer. These
 * are the properties that could hide, shrink, move, clip or disarm the note
 * (or make its host the containing block of the fixed card). Inherited
 * properties are cut off by `:host { all: initial !important }` in the
 * shadow style sheet, which also wins over the page (for `!important`, the
 * shadow tree's rule beats the outer document's). `all` itself is not set
 * inline: an inline `!important` on the text-spacing properties would stop
 * people from adjusting spacing with their own style sheets (WCAG 1.4.12).
 * Set through CSSOM, which a page's Content-Security-Policy does not block.
 */
export const HOST_STYLE: readonly (readonly [string, string])[] = [
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['position', 'static'],
  ['float', 'none'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['min-width', '0'],
  ['min-height', '0'],
  ['max-width', 'none'],
  ['max-height', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['perspective', 'none'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['mix-blend-mode', 'normal'],
  ['contain', 'none'],
  ['content-visibility', 'visible'],
  ['container-type', 'normal'],
  ['will-change', 'auto'],
  ['pointer-events', 'auto'],
  ['zoom', '1'],
];

export interface RenderedWarning {
  host: HTMLElement;
  /** The closed shadow root: kept by the content script, never reachable from the page. */
  root: ShadowRoot;
}

/** Whether an event came from the person (the browser), not from a page script. */
export type TrustCheck = (event: Event) => boolean;
export const isTrustedEvent: TrustCheck = (event) => event.isTrusted;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(doc: Document, url: string, text: string): HTMLElement {
  const href = safeHref(url);
  if (href === null) return el(doc, 'span', '', text);
  const a = el(doc, 'a', '', text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function applyStyles(doc: Document, root: ShadowRoot): void {
  // A constructed sheet is not subject to the page's style-src CSP; fall back
  // to a <style> element where adoptedStyleSheets cannot be used.
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(WARNING_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el(doc, 'style', '', WARNING_CSS));
  }
}

export function renderWarning(
  doc: Document,
  data: WarningData,
  t: Translate,
  callbacks: WarningCallbacks,
  trusted: TrustCheck = isTrustedEvent,
): RenderedWarning {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTRIBUTE, '');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(doc, root);
  /** Adds a listener that runs only for the person's own clicks and keys. */
  const on = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) =>
    target.addEventListener(type, (event) => {
      if (trusted(event)) handler(event as E);
    });

  const card = el(doc, 'section', 'card');
  card.setAttribute('role', 'region');
  card.setAttribute('aria-label', t('warningLabel', data.name));

  const title = el(doc, 'h2', 'title', t('warningTitle', data.name));
  const summary = el(doc, 'p', 'summary', data.summary);
  // Rule text keeps its own direction and cannot reorder the text around it.
  summary.dir = 'auto';
  summary.lang = 'en'; // rule text is written in English; the rest follows the browser's language

  const altsLine = el(doc, 'p', 'alternatives');
  altsLine.append(el(doc, 'span', '', `${t('warningAlternatives')} `));
  data.alternatives.forEach((alt, i) => {
    if (i > 0) altsLine.append(', ');
    const name = link(doc, alt.homepage, alt.name);
    name.dir = 'auto';
    altsLine.append(name);
  });

  const details = el(doc, 'div', 'details');
  details.id = 'forewarn-details';
  details.hidden = true;
  const concerns = el(doc, 'ul', 'concerns');
  concerns.lang = 'en';
  for (const concern of data.concerns) {
    const item = el(doc, 'li', '', `${concern.claim} `);
    item.dir = 'auto';
    item.append(link(doc, concern.source.url, `${concern.source.publisher}, ${concern.source.date}`));
    concerns.append(item);
  }
  const error = el(doc, 'p', 'error');
  error.setAttribute('role', 'alert');
  const choices = el(doc, 'div', 'choices');
  choices.setAttribute('role', 'group');
  choices.setAttribute('aria-label', t('warningChoicesLabel', data.name));
  for (const { action, label } of OFFERED_CHOICES) {
    const button = el(doc, 'button', 'choice', t(label));
    button.type = 'button';
    button.dataset.action = action;
    on(button, 'click', () => {
      error.textContent = '';
      callbacks.onChoice(action).catch((e: unknown) => {
        error.textContent = t('warningChoiceFailed', e instanceof Error ? e.message : String(e));
      });
    });
    choices.append(button);
  }
  if (data.concerns.length > 0) details.append(concerns);
  details.append(choices, error);

  const actions = el(doc, 'div', 'actions');
  const more = el(doc, 'button', 'more', t('warningShowDetails'));
  more.type = 'button';
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', details.id);
  on(more, 'click', () => {
    details.hidden = !details.hidden;
    more.setAttribute('aria-expanded', String(!details.hidden));
    more.textContent = t(details.hidden ? 'warningShowDetails' : 'warningHideDetails');
  });
  const dismiss = el(doc, 'button', 'dismiss', t('warningDismiss'));
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', t('warningDismissLabel', data.name));
  on(dismiss, 'click', () => callbacks.onDismiss());
  actions.append(more, dismiss);

  on<KeyboardEvent>(card, 'keydown', (event) => {
    if (event.key === 'Escape') callbacks.onDismiss();
  });
  card.append(title, summary, altsLine, details, actions);
  root.append(card);
  return { host, root };
}
