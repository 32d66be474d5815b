/**
 * Decides, for the page's current URL, whether the warning shows, and keeps
 * it there: after single-page navigations, after the page rewrites its DOM,
 * and not after the user dismissed it. Browser APIs come in as ports so the
 * logic runs in Node tests with a DOM from jsdom.
 */
import { createMatcher, type Matcher } from '../core/matcher.js';
import type { EvidenceItem, WarningData } from '../core/published-rules.js';
import type { ChoiceAction } from '../core/service-choices.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import type { Translate } from '../core/translate.js';
import { presentation } from '../core/warning-policy.js';
import { renderWarning, type RenderedWarning, type TrustCheck } from './warning-view.js';

export interface PageState {
  settings: Settings;
  seen: readonly string[];
  /** This session's dismissals; undefined where this context cannot read them (then the background answers). */
  dismissed: readonly string[] | undefined;
}

export interface ControllerPorts {
  doc: Document;
  currentUrl(): string;
  t: Translate;
  services(): readonly WarningData[];
  /** The user's settings and what the extension remembers, read from storage. */
  readState(): Promise<PageState>;
  /** Tells the background (badge); answers whether the service was dismissed. */
  reportShown(serviceId: string): Promise<{ dismissed: boolean }>;
  reportLeft(): void;
  dismiss(serviceId: string): void;
  markSeen(serviceId: string): void;
  /** Opens the service's full details page in a new tab (the background does it). */
  openDetails(serviceId: string): void;
  /** The claims behind "Why?", asked for only when the person opens it. */
  loadEvidence(serviceId: string): Promise<EvidenceItem[]>;
  /** Saves a per-service choice; rejects with a message the warning shows. */
  setChoice(serviceId: string, action: ChoiceAction): Promise<void>;
  now(): number;
  /**
   * Told when the warning could not be built or put on the page (a page
   * that breaks the DOM APIs, say): a failure is reported, never silent.
   */
  reportError(error: unknown): void;
  /** Which events count as the person's; defaults to `event.isTrusted` (tests of the logic replace it). */
  trusted?: TrustCheck;
}

export interface WarningController {
  /** Re-evaluates the page: new service data, a new URL, or a DOM that lost the warning. */
  refresh(): Promise<void>;
  /** Decides again from scratch, after the user's settings changed. */
  reevaluate(): Promise<void>;
  /** The warning's host element while it is shown. */
  shown(): HTMLElement | null;
  /** The warning's closed shadow root while it is shown; for the content script and its tests only. */
  shownRoot(): ShadowRoot | null;
}

/**
 * How often the warning is put back after the page removed it. A page that
 * rebuilds <html> once or twice gets it back; a page that removes it every
 * time is not fought forever (that would be a loop that freezes the page).
 */
export const MAX_REATTACHMENTS = 20;

export function createWarningController(ports: ControllerPorts): WarningController {
  let matcher: Matcher | null = null;
  let matcherFor: readonly WarningData[] = [];
  let matcherSize = -1;
  let currentId: string | null = null;
  let rendered: RenderedWarning | null = null;
  const dismissedHere = new Set<string>();
  let reattachments = 0;
  /** Whether the background was told about this page (badge), so it is told when the page leaves. */
  let reported = false;
  let attachedOnce = false;

  function verdictService(): WarningData | undefined {
    const services = ports.services();
    if (matcher === null || matcherFor !== services || matcherSize !== services.length) {
      matcher = createMatcher(services);
      matcherFor = services;
      matcherSize = services.length;
    }
    const verdict = matcher.match(ports.currentUrl());
    return verdict.kind === 'match' ? services.find((s) => s.id === verdict.serviceId) : undefined;
  }

  function remove(): void {
    rendered?.host.remove();
    rendered = null;
  }

  function attach(): void {
    const root = ports.doc.documentElement;
    const host = rendered?.host;
    if (host === undefined || root === null || host.parentNode === root) return;
    if (attachedOnce) {
      if (reattachments >= MAX_REATTACHMENTS) return;
      reattachments++;
    }
    attachedOnce = true;
    try {
      root.prepend(host);
    } catch (error) {
      ports.reportError(error);
    }
  }

  async function refresh(): Promise<void> {
    const service = verdictService();
    if (service === undefined) {
      if (currentId !== null) {
        const wasReported = reported;
        currentId = null;
        reported = false;
        remove();
        if (wasReported) ports.reportLeft();
      }
      return;
    }
    if (service.id === currentId) {
      attach();
      return;
    }
    remove();
    currentId = service.id;
    // Storage that cannot be read counts as the defaults: the warning still works.
    const state = await ports.readState().catch((): PageState => ({ settings: DEFAULT_SETTINGS, seen: [], dismissed: undefined }));
    if (currentId !== service.id) return;
    const dismissed = [...(state.dismissed ?? []), ...dismissedHere];
    const shows = presentation({
      settings: state.settings,
      serviceId: service.id,
      categories: service.categories,
      seen: state.seen,
      dismissed,
      now: ports.now(),
    });
    if (shows === 'nothing') {
      if (reported) ports.reportLeft();
      reported = false;
      return;
    }
    reported = true;
    const shown = ports.reportShown(service.id);
    shown.catch(() => undefined);
    if (shows === 'badge') return;
    if (state.dismissed === undefined && (await shown.catch(() => ({ dismissed: false }))).dismissed) return;
    if (currentId !== service.id || rendered !== null) return;
    attachedOnce = false;
    try {
      rendered = renderWarning(
        ports.doc,
        service,
        ports.t,
        {
          onDismiss() {
            dismissedHere.add(service.id);
            remove();
            ports.dismiss(service.id);
          },
          async onChoice(action) {
            await ports.setChoice(service.id, action);
            remove();
          },
          onOpenDetails: () => ports.openDetails(service.id),
          loadEvidence: () => ports.loadEvidence(service.id),
        },
        ports.trusted,
      );
    } catch (error) {
      ports.reportError(error);
      return;
    }
    attach();
    ports.markSeen(service.id);
  }

  async function reevaluate(): Promise<void> {
    currentId = null;
    remove();
    await refresh();
  }

  return { refresh, reevaluate, shown: () => rendered?.host ?? null, shownRoot: () => rendered?.root ?? null };
}
