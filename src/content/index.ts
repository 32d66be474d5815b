/**
 * Content script entry. The browser injects it only on pages of listed
 * services, right after that service's data chunk (services/<id>.js), which
 * pushes its WarningData onto `forewarnServices`. When two entries match one
 * page, this file runs twice: the second run only refreshes the first.
 */
import { DISMISSED_KEY, readDismissedList } from '../core/dismissals.js';
import type { WarningData } from '../core/published-rules.js';
import { browser, sendMessage, t } from '../platform/browser.js';
import { createWarningController, type WarningController } from './warning-controller.js';
import { watchPage } from './page-watch.js';

const shared = globalThis as typeof globalThis & {
  forewarnServices?: WarningData[];
  forewarnController?: WarningController;
};

if (shared.forewarnController) {
  void shared.forewarnController.refresh();
} else {
  const controller = createWarningController({
    doc: document,
    currentUrl: () => location.href,
    t,
    services: () => shared.forewarnServices ?? [],
    async readDismissed() {
      return readDismissedList(await browser.storage.session.get(DISMISSED_KEY));
    },
    reportShown: (serviceId) => sendMessage('pageShown', { serviceId }),
    reportLeft: () => void sendMessage('pageLeft', {}).catch(() => undefined),
    dismiss: (serviceId) => void sendMessage('dismiss', { serviceId }).catch(() => undefined),
  });
  shared.forewarnController = controller;
  void controller.refresh();
  watchPage(window, () => void controller.refresh());
}
