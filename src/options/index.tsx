/** Options page entry: wires the page to storage, permissions and scripting. */
import { render } from 'preact';
import { createMatcher } from '../core/matcher.js';
import { matchableServices } from '../core/published-rules.js';
import { userRuleOrigins } from '../core/user-rule-plan.js';
import { browser, t } from '../platform/browser.js';
import { loadPackagedRules } from '../platform/packaged-rules.js';
import { loadSettings, saveSettings } from '../platform/settings-store.js';
import { releaseUserRuleAccess, requestUserRuleAccess, syncUserRuleScripts } from '../platform/user-rule-scripts.js';
import { OptionsApp } from './OptionsApp.js';

async function main(): Promise<void> {
  document.title = t('optionsTitle');
  const rules = await loadPackagedRules();
  const listed = createMatcher(matchableServices(rules));
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
