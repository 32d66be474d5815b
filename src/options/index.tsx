/** Options page entry: wires the page to storage, permissions and scripting. */
import { render } from 'preact';
import { HOST_INDEX_FILE, matcherFromHostIndex } from '../core/host-index.js';
import { userRuleOrigins } from '../core/user-rule-plan.js';
import { browser, t } from '../platform/browser.js';
import { loadPackagedRules } from '../platform/packaged-rules.js';
import { loadSettings, saveSettings } from '../platform/settings-store.js';
import { releaseUserRuleAccess, requestUserRuleAccess, syncUserRuleScripts } from '../platform/user-rule-scripts.js';
import { OptionsApp } from './OptionsApp.js';

async function main(): Promise<void> {
  document.title = t('optionsTitle');
  const [rules, listed] = await Promise.all([
    loadPackagedRules(),
    fetch(HOST_INDEX_FILE).then((r) => r.text()).then(matcherFromHostIndex),
  ]);
  const ports = {
    load: loadSettings,
    save: saveSettings,
    requestAccess: requestUserRuleAccess,
    hasAccess: (host: string) => browser.permissions.contains({ origins: userRuleOrigins(host) }),
    releaseAccess: releaseUserRuleAccess,
    syncScripts: syncUserRuleScripts,
    download(filename: string, text: string) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: filename });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    now: () => Date.now(),
  };
  render(<OptionsApp ports={ports} rules={rules} listed={listed} t={t} />, document.getElementById('app')!);
}

main().catch((error: unknown) => {
  document.getElementById('app')!.textContent = t('popupError', String(error));
});
