/**
 * Builds the in-page warning inside a shadow root, with plain DOM calls and
 * `textContent` only: rule text is never parsed as HTML. No framework, to
 * keep the content script small. The host element sits on <html>, not in
 * <body>, so pages that replace `document.body` do not remove it.
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


export const HOST_TAG = 'forewarn-warning';

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

export function renderWarning(doc: Document, data: WarningData, t: Translate, callbacks: WarningCallbacks): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(doc, root);

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

  // An account rule names the services it signs people in to (plain text: their rules are in the popup).
  const opens = data.opens?.length ? el(doc, 'p', 'opens', `${t('accountOpens')} ${data.opens.map((o) => o.name).join(', ')}`) : null;
  if (opens) opens.dir = 'auto';

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
    button.addEventListener('click', () => {
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
  more.addEventListener('click', () => {
    details.hidden = !details.hidden;
    more.setAttribute('aria-expanded', String(!details.hidden));
    more.textContent = t(details.hidden ? 'warningShowDetails' : 'warningHideDetails');
  });
  const dismiss = el(doc, 'button', 'dismiss', t('warningDismiss'));
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', t('warningDismissLabel', data.name));
  dismiss.addEventListener('click', () => callbacks.onDismiss());
  actions.append(more, dismiss);

  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') callbacks.onDismiss();
  });
  card.append(title, summary, ...(opens ? [opens] : []), altsLine, details, actions);
  root.append(card);
  return host;
}
