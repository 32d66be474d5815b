/** Popup entry: reads the packaged rules, the settings and the active tab, then renders. */
import { render } from 'preact';
import { applyChoice } from '../core/service-choices.js';
import type { Settings } from '../core/settings.js';
import { loadSettings, saveSettings } from '../platform/settings-store.js';
import { PopupSettings, ServiceChoices } from './PopupControls.js';
import { createMatcher } from '../core/matcher.js';
import { matchableServices } from '../core/published-rules.js';
import { browser, t } from '../platform/browser.js';
import { loadPackagedRules } from '../platform/packaged-rules.js';
import { BUGS_URL } from './build-constants.js';
import { PopupApp } from './PopupApp.js';

async function main(): Promise<void> {
  const [rules, [tab], read] = await Promise.all([
    loadPackagedRules(),
    browser.tabs.query({ active: true, currentWindow: true }),
    loadSettings(),
  ]);
  const matcher = createMatcher(matchableServices(rules));
  const verdict = tab?.url === undefined ? undefined : matcher.match(tab.url);
  const service = verdict?.kind === 'match' ? rules.services.find((s) => s.id === verdict.serviceId) : undefined;
  const root = document.getElementById('app')!;
  const draw = (settings: Settings, error: string | null) => {
    const save = (next: Settings) =>
      saveSettings(next).then(
        () => draw(next, null),
        (e: unknown) => draw(settings, (e as Error).message),
      );
    const choices = service && (
      <ServiceChoices
        settings={settings}
        serviceId={service.id}
        serviceName={service.name}
        now={Date.now()}
        t={t}
        error={error}
        choose={(action) => void save(applyChoice(settings, service.id, action, Date.now()))}
      />
    );
    const controls = (
      <PopupSettings
        settings={settings}
        t={t}
        error={service ? null : error}
        setPaused={(paused) => void save({ ...settings, paused })}
        openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      />
    );
    render(<PopupApp rules={rules} matcher={matcher} tabUrl={tab?.url} t={t} bugsUrl={BUGS_URL} choices={choices} settings={controls} />, root);
  };
  draw(read.settings, null);
}

main().catch((error: unknown) => {
  document.getElementById('app')!.textContent = t('popupError', String(error));
});
