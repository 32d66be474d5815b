/**
 * Decides, for the page's current URL, whether the warning shows, and keeps
 * it there: after single-page navigations, after the page rewrites its DOM,
 * and not after the user dismissed it. Browser APIs come in as ports so the
 * logic runs in Node tests with a DOM from jsdom.
 */
import { createMatcher, type Matcher } from '../core/matcher.js';
import type { WarningData } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';
import { renderWarning } from './warning-view.js';

export interface ControllerPorts {
  doc: Document;
  currentUrl(): string;
  t: Translate;
  services(): readonly WarningData[];
  /** Fast local read of the session's dismissals; undefined when not readable here. */
  readDismissed(): Promise<readonly string[] | undefined>;
  /** Tells the background (badge); answers whether the service was dismissed. */
  reportShown(serviceId: string): Promise<{ dismissed: boolean }>;
  reportLeft(): void;
  dismiss(serviceId: string): void;
}

export interface WarningController {
  /** Re-evaluates the page: new service data, a new URL, or a DOM that lost the warning. */
  refresh(): Promise<void>;
  /** The warning's host element while it is shown. */
  shown(): HTMLElement | null;
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
  let host: HTMLElement | null = null;
  const dismissedHere = new Set<string>();
  let reattachments = 0;
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
    host?.remove();
    host = null;
  }

  function attach(): void {
    const root = ports.doc.documentElement;
    if (host === null || root === null || host.parentNode === root) return;
    if (attachedOnce) {
      if (reattachments >= MAX_REATTACHMENTS) return;
      reattachments++;
    }
    attachedOnce = true;
    root.prepend(host);
  }

  async function isDismissed(serviceId: string, shown: Promise<{ dismissed: boolean }>): Promise<boolean> {
    if (dismissedHere.has(serviceId)) return true;
    const local = await ports.readDismissed().catch(() => undefined);
    if (local !== undefined) return local.includes(serviceId);
    return (await shown.catch(() => ({ dismissed: false }))).dismissed;
  }

  async function refresh(): Promise<void> {
    const service = verdictService();
    if (service === undefined) {
      if (currentId !== null) {
        currentId = null;
        remove();
        ports.reportLeft();
      }
      return;
    }
    if (service.id === currentId) {
      attach();
      return;
    }
    remove();
    currentId = service.id;
    const shown = ports.reportShown(service.id);
    shown.catch(() => undefined);
    if (await isDismissed(service.id, shown)) return;
    if (currentId !== service.id || host !== null) return;
    attachedOnce = false;
    host = renderWarning(ports.doc, service, ports.t, {
      onDismiss() {
        dismissedHere.add(service.id);
        remove();
        ports.dismiss(service.id);
      },
    });
    attach();
  }

  return { refresh, shown: () => host };
}
