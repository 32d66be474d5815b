/**
 * Builds the in-page note inside a shadow root, with plain DOM calls and
 * `textContent` only: rule text is never parsed as HTML. No framework, to
 * keep the content script small. The host element sits on <html>, not in
 * <body>, so pages that replace `document.body` do not remove it.
 *
 * Layout (see docs/screenshots/): the first line says it is Forewarn's (mark
 * and name) and holds "Why?" and the close button; then the one-sentence
 * reason, the alternatives as the primary action, and a row with the user's
 * choices. Opened, the card grows to at most 60 % of the viewport: the header
 * and the action row stay put and only the evidence between them scrolls, so
 * no control is ever pushed out of reach. The card is fixed to a corner,
 * takes pointer events only on itself, and never takes focus by itself.
 */
import type { EvidenceItem, WarningData } from '../core/published-rules.js';
import { OFFERED_CHOICES, type ChoiceAction } from '../core/service-choices.js';
import type { Translate } from '../core/translate.js';
import { button, el, link } from './warning-parts.js';
import { WARNING_CSS } from './warning-styles.js';

export interface WarningCallbacks {
  onDismiss(): void;
  /** Saves a choice for this service; a rejection's message is shown in the warning. */
  onChoice(action: ChoiceAction): Promise<void>;
  /** Opens the service's full details page in a new tab. */
  onOpenDetails?(): void;
  /** The claims behind "Why?": they ship once, in rules.json, and are asked for on the first open. */
  loadEvidence?(): Promise<EvidenceItem[]>;
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


/** Each offered choice's one-line explanation, a _locales key taking the service name. */
const CHOICE_HINTS: Record<string, string> = { 'snooze-day': 'warningSnoozeDayHint', 'snooze-month': 'warningSnoozeMonthHint', acknowledge: 'warningAcknowledgeHint' };

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

/** Adds a listener that runs only for the person's own clicks and keys. */
type On = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) => void;

function header(doc: Document, data: WarningData, t: Translate, more: HTMLElement | null, close: HTMLElement): HTMLElement {
  const head = el(doc, 'div', 'head');
  const title = el(doc, 'h2', 'title');
  const mark = el(doc, 'span', 'mark', '!');
  mark.setAttribute('aria-hidden', 'true');
  title.append(mark, el(doc, 'span', 'brand', t('extensionName')), el(doc, 'span', 'about', t('warningTitle', data.name)));
  head.append(title);
  if (more) head.append(more);
  head.append(close);
  return head;
}

function alternativesLine(doc: Document, data: WarningData, t: Translate): HTMLElement {
  const line = el(doc, 'p', 'alternatives');
  line.append(el(doc, 'span', 'label', t('warningAlternatives')));
  for (const alt of data.alternatives) {
    const name = link(doc, alt.homepage, alt.name, 'alt');
    name.dir = 'auto';
    line.append(' ', name);
  }
  return line;
}

/** Fills the evidence list; the claims arrive only when "Why?" is first opened (see EvidenceItem). */
function fillEvidence(doc: Document, list: HTMLElement, items: readonly EvidenceItem[]): void {
  for (const concern of items) {
    const item = el(doc, 'li', '', `${concern.claim} `);
    item.dir = 'auto';
    item.append(link(doc, concern.source.url, `${concern.source.publisher}, ${concern.source.date}`, 'source'));
    list.append(item);
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
  const on: On = (target, type, handler) =>
    target.addEventListener(type, (event) => {
      if (trusted(event)) handler(event as Parameters<typeof handler>[0]);
    });

  const card = el(doc, 'section', 'card');
  card.setAttribute('role', 'region');
  card.setAttribute('aria-label', t('warningLabel', data.name));

  const summary = el(doc, 'p', 'summary', data.summary);
  // Rule text keeps its own direction and cannot reorder the text around it.
  summary.dir = 'auto';
  summary.lang = 'en';

  // An account rule names the services it signs people in to (plain text: their details are in the popup).
  const opens = data.opens?.length ? el(doc, 'p', 'opens', `${t('accountOpens')} ${data.opens.map((o) => o.name).join(', ')}`) : null;
  if (opens) opens.dir = 'auto';

  const body = el(doc, 'div', 'body');
  body.append(summary, ...(opens ? [opens] : []), alternativesLine(doc, data, t));

  const details = el(doc, 'div', 'details');
  details.id = 'forewarn-details';
  details.hidden = true;
  const hasEvidence = data.categories.length > 0 && callbacks.loadEvidence !== undefined;
  const list = el(doc, 'ul', 'concerns');
  list.lang = 'en'; // rule text is written in English; the rest follows the browser's language
  let evidenceAsked = false;
  if (hasEvidence) {
    details.append(el(doc, 'h3', 'evidence-title', t('warningEvidence')), list);
    if (callbacks.onOpenDetails) {
      const all = button(doc, 'all-details link', t('allDetails'));
      on(all, 'click', () => callbacks.onOpenDetails!());
      details.append(all);
    }
  }
  details.append(el(doc, 'p', 'hint', t('warningCloseHint')));
  body.append(details);

  const error = el(doc, 'p', 'error');
  error.setAttribute('role', 'alert');
  const actions = el(doc, 'div', 'actions');
  const choices = el(doc, 'div', 'choices');
  choices.setAttribute('role', 'group');
  choices.setAttribute('aria-label', t('warningChoicesLabel', data.name));
  for (const { action, label } of OFFERED_CHOICES) {
    const choice = button(doc, 'choice', t(label));
    on(choice, 'click', () => {
      error.textContent = '';
      callbacks.onChoice(action).catch((e: unknown) => {
        error.textContent = t('warningChoiceFailed', e instanceof Error ? e.message : String(e));
      });
    });
    choice.dataset.action = action;
    choice.title = t(CHOICE_HINTS[action]!, data.name);
    choices.append(choice);
  }
  const more = button(doc, 'more', t('warningShowDetails'));
  on(more, 'click', () => {
    if (!evidenceAsked) {
      evidenceAsked = true;
      callbacks.loadEvidence!().then(
        (items) => fillEvidence(doc, list, items),
        () => (evidenceAsked = false), // asked again on the next open
      );
    }
    details.hidden = !details.hidden;
    card.classList.toggle('open', !details.hidden);
    more.setAttribute('aria-expanded', String(!details.hidden));
    more.textContent = t(details.hidden ? 'warningShowDetails' : 'warningHideDetails');
  });
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', details.id);
  actions.append(choices);

  const close = button(doc, 'dismiss', '×');
  close.setAttribute('aria-label', t('warningDismissLabel', data.name));
  close.title = t('warningDismissLabel', data.name);
  on(close, 'click', () => callbacks.onDismiss());

  on<KeyboardEvent>(card, 'keydown', (event) => {
    if (event.key === 'Escape') callbacks.onDismiss();
  });
  card.append(header(doc, data, t, hasEvidence ? more : null, close), body, error, actions);
  root.append(card);
  return { host, root };
}
