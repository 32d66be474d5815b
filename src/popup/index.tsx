/** Popup entry: reads the packaged rules and the active tab, then renders. */
import { render } from 'preact';
import { HOST_INDEX_FILE, matcherFromHostIndex } from '../core/host-index.js';
import { readPublishedRules } from '../core/published-rules.js';
import { browser, t } from '../platform/browser.js';
import { BUGS_URL } from './build-constants.js';
import { PopupApp } from './PopupApp.js';

async function main(): Promise<void> {
  const [rules, matcher, [tab]] = await Promise.all([
    fetch('rules.json').then((r) => r.json()).then(readPublishedRules),
    fetch(HOST_INDEX_FILE).then((r) => r.text()).then(matcherFromHostIndex),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  render(<PopupApp rules={rules} matcher={matcher} tabUrl={tab?.url} t={t} bugsUrl={BUGS_URL} />, document.getElementById('app')!);
}

main().catch((error: unknown) => {
  document.getElementById('app')!.textContent = t('popupError', String(error));
});
