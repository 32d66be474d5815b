/** Details page entry: reads the packaged rules and renders the service named in the address's #fragment. */
import { render } from 'preact';
import { t } from '../platform/browser.js';
import { RULES_URL } from '../popup/build-constants.js';
import { loadPackagedRules } from '../platform/packaged-rules.js';
import { DetailsApp } from './DetailsApp.js';

function routeId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const rules = await loadPackagedRules();
  const root = document.getElementById('app')!;
  const draw = () => {
    const id = routeId();
    const service = rules.services.find((s) => s.id === id);
    document.title = service ? `${service.name} — ${t('extensionName')}` : `${t('detailsCoverTitle')} — ${t('extensionName')}`;
    render(<DetailsApp rules={rules} serviceId={id} t={t} ruleFileUrl={RULES_URL ? (sid) => `${RULES_URL}${encodeURIComponent(sid)}.json` : undefined} />, root);
    window.scrollTo(0, 0);
  };
  window.addEventListener('hashchange', draw);
  draw();
}

main().catch((error: unknown) => {
  document.getElementById('app')!.textContent = t('popupError', String(error));
});
