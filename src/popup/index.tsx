/** Popup entry: reads the packaged rules and the active tab, then renders. */
import { render } from 'preact';
import { readPublishedRules } from '../core/published-rules.js';
import { browser, t } from '../platform/browser.js';
import { PopupApp } from './PopupApp.js';

async function main(): Promise<void> {
  const [rules, [tab]] = await Promise.all([
    fetch('rules.json').then((r) => r.json()).then(readPublishedRules),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  render(<PopupApp rules={rules} tabUrl={tab?.url} t={t} />, document.getElementById('app')!);
}

main().catch((error: unknown) => {
  document.getElementById('app')!.textContent = t('popupError', String(error));
});
