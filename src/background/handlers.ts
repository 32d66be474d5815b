/**
 * What the background does for each message. It only reacts: it never
 * listens to navigations, so visiting unlisted sites never wakes it.
 * Browser APIs come in as `BackgroundPorts`, so Node tests pass fakes.
 */
import type { AlternativeInfo, Handlers } from '../core/messages.js';
import type { EvidenceItem, WarningData } from '../core/published-rules.js';

export interface BackgroundPorts {
  /** Sets (or with '' clears) the badge of one tab; the browser resets it when the tab navigates. */
  setBadge(tabId: number, text: string): Promise<void>;
  /** Session storage: survives worker restarts, cleared when the browser restarts. */
  readDismissed(): Promise<string[]>;
  writeDismissed(ids: string[]): Promise<void>;
  /** Local storage: services warned about once. */
  readSeen(): Promise<string[]>;
  writeSeen(ids: string[]): Promise<void>;
  /** The alternatives of the packaged rule database. */
  alternatives(): Promise<Record<string, AlternativeInfo>>;
  /** The ids of the packaged rule database's services. */
  serviceIds(): Promise<readonly string[]>;
  /** Opens one of the extension's own pages in a new tab (no permission needed). */
  openPage(path: string): Promise<void>;
  /** A packaged service's claims with their first sources; none for an unknown id. */
  evidence(serviceId: string): Promise<EvidenceItem[]>;
  /** The packaged services whose hosts cover `hostname`, as the note needs them. */
  warnings(hostname: string): Promise<WarningData[]>;
}

/** The details page of a packaged service, or the list of services for any other id (a user's own rule). */
export function detailsPath(serviceId: string, known: readonly string[]): string {
  return known.includes(serviceId) ? `details.html#${encodeURIComponent(serviceId)}` : 'details.html';
}

export const BADGE_TEXT = '!';

export function createHandlers(ports: BackgroundPorts): Handlers {
  return {
    async pageShown({ serviceId }, { tabId }) {
      if (tabId !== undefined) await ports.setBadge(tabId, BADGE_TEXT);
      return { dismissed: (await ports.readDismissed()).includes(serviceId) };
    },
    async pageLeft(_request, { tabId }) {
      if (tabId !== undefined) await ports.setBadge(tabId, '');
      return null;
    },
    async dismiss({ serviceId }) {
      const dismissed = await ports.readDismissed();
      if (!dismissed.includes(serviceId)) await ports.writeDismissed([...dismissed, serviceId]);
      return null;
    },
    async markSeen({ serviceId }) {
      const seen = await ports.readSeen();
      if (!seen.includes(serviceId)) await ports.writeSeen([...seen, serviceId]);
      return null;
    },
    async alternativesInfo({ ids }) {
      const all = await ports.alternatives();
      return ids.flatMap((id) => {
        const alt = Object.prototype.hasOwnProperty.call(all, id) ? all[id] : undefined;
        return alt ? [{ id, name: alt.name, homepage: alt.homepage, license: alt.license }] : [];
      });
    },
    async openDetails({ serviceId }) {
      await ports.openPage(detailsPath(String(serviceId), await ports.serviceIds()));
      return null;
    },
    async evidence({ serviceId }) {
      return ports.evidence(String(serviceId));
    },
    async warnings({ hostname }) {
      return ports.warnings(String(hostname));
    },
  };
}
