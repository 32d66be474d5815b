/**
 * Content script entry. The browser injects it only on pages of listed
 * services (their data comes from storage, see bundled-services.ts) and on
 * hosts of the user's own rules (a dynamic registration). When two entries
 * match one page, this file runs twice: the second run only refreshes the first.
 */
import { DISMISSED_KEY, readDismissedList } from '../core/dismissals.js';
import type { WarningData } from '../core/published-rules.js';
import { applyChoice } from '../core/service-choices.js';
import { nativeBrowser as browser, sendMessage, t } from '../platform/native-browser.js';
import { loadSeen, loadSettings, onSettingsChanged, updateSettings } from '../platform/settings-store.js';
import { createWarningController, type PageState, type WarningController } from './warning-controller.js';
import { watchPage } from './page-watch.js';
import { userRuleServices } from './user-rule-services.js';
import { bundledServices } from './bundled-services.js';

const shared = globalThis as typeof globalThis & { forewarnController?: WarningController };

/**
 * Chromium lets content scripts read the session's dismissals once the
 * background allowed it; Firefox has no storage.session in content scripts,
 * and there the background's answer decides.
 */
async function readSessionDismissed(): Promise<string[] | undefined> {
  try {
    return readDismissedList(await browser.storage.session.get(DISMISSED_KEY));
  } catch {
    return undefined;
  }
}

async function loadState(): Promise<PageState> {
  const [{ settings }, seen, dismissed] = await Promise.all([loadSettings(), loadSeen(), readSessionDismissed()]);
  return { settings, seen, dismissed };
}

if (shared.forewarnController) {
  void shared.forewarnController.refresh();
} else {
  let state = loadState();
  // The content script's own console (the page cannot read it): a failure is visible to whoever debugs, never swallowed.
  const reportError = (error: unknown) => console.error('Forewarn could not show its note on this page:', error);
  let bundled: WarningData[] = [];
  let userServices: WarningData[] = [];
  // One stable list for the controller, replaced only when a part changes,
  // so the controller's matcher is not rebuilt on every refresh.
  let allServices: WarningData[] = [];
  const combine = () => void (allServices = [...bundled, ...userServices]);
  const loadBundled = bundledServices(location.hostname).then((found) => {
    bundled = found;
    combine();
  });
  const loadUserServices = async () => {
    const { settings } = await state;
    userServices = await userRuleServices(settings.userRules, location.href, (rule) => rule.note || t('userRuleSummary', rule.name), (ids) =>
      sendMessage('alternativesInfo', { ids }),
    );
    combine();
  };
  const controller = createWarningController({
    doc: document,
    currentUrl: () => location.href,
    t,
    services: () => allServices,
    readState: () => state,
    reportShown: (serviceId) => sendMessage('pageShown', { serviceId }),
    reportLeft: () => void sendMessage('pageLeft', {}).catch(() => undefined),
    dismiss: (serviceId) => void sendMessage('dismiss', { serviceId }).catch(() => undefined),
    markSeen: (serviceId) => void sendMessage('markSeen', { serviceId }).catch(() => undefined),
    openDetails: (serviceId) => void sendMessage('openDetails', { serviceId }).catch(() => undefined),
    loadEvidence: (serviceId) => sendMessage('evidence', { serviceId }),
    async setChoice(serviceId, action) {
      await updateSettings((settings) => applyChoice(settings, serviceId, action, Date.now()));
    },
    now: () => Date.now(),
    reportError,
  });
  shared.forewarnController = controller;
  // A failure to find the services is reported like a failure to render: never thrown into the page.
  void Promise.all([loadBundled.catch(reportError), loadUserServices()]).finally(() => controller.refresh());
  watchPage(window, () => void controller.refresh());
  onSettingsChanged(() => {
    state = loadState();
    void loadUserServices().finally(() => controller.reevaluate());
  });
}
