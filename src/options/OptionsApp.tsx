/**
 * The options page. Every change is saved at once; a save that fails is
 * reported and the page reloads what is really stored, so it never shows a
 * choice that was not kept.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Matcher } from '../core/matcher.js';
import type { PublishedRules } from '../core/published-rules.js';
import { exportSettings, importSettings } from '../core/settings-file.js';
import type { Settings, UserRule } from '../core/settings.js';
import type { Translate } from '../core/translate.js';
import { shippedRules } from '../core/user-rule-input.js';
import type { OptionsPorts } from './options-ports.js';
import { ServiceChoicesSection } from './ServiceChoicesSection.js';
import { SettingsFileSection } from './SettingsFileSection.js';
import { Status, type StatusMessage } from './Status.js';
import { UserRulesSection } from './UserRulesSection.js';
import { WarningSection } from './WarningSection.js';

export interface OptionsAppProps {
  ports: OptionsPorts;
  rules: PublishedRules;
  listed: Matcher;
  t: Translate;
}

export function OptionsApp({ ports, rules, listed, t }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [granted, setGranted] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<StatusMessage | null>(null);
  // One check for the form and for imports: what the form refuses, a file cannot add.
  const shipped = useMemo(() => shippedRules(rules, listed), [rules, listed]);

  const reload = async () => {
    const { settings: stored, problems } = await ports.load();
    setSettings(stored);
    const hosts = await Promise.all(stored.userRules.map(async (r) => ((await ports.hasAccess(r.host)) ? r.host : null)));
    setGranted(new Set(hosts.filter((h): h is string => h !== null)));
    if (problems.length > 0) setStatus({ kind: 'error', lines: [t('optionsStoredProblems', problems.join('; '))] });
  };
  useEffect(() => {
    void reload();
  }, []);

  if (settings === null) return <p>{t('optionsLoading')}</p>;

  const save = async (next: Settings, done?: string): Promise<boolean> => {
    setSettings(next);
    try {
      await ports.save(next);
      await ports.syncScripts(next.userRules);
      setStatus(done ? { kind: 'ok', lines: [done] } : { kind: 'ok', lines: [t('optionsSaved')] });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', lines: [(error as Error).message] });
      await reload();
      return false;
    }
  };

  const add = (rule: UserRule) => {
    // The permission request must be the first thing the click does.
    const asked = ports.requestAccess(rule.host).catch(() => false);
    void asked.then(async (ok) => {
      if (ok) setGranted(new Set([...granted, rule.host]));
      await save({ ...settings, userRules: [...settings.userRules, rule] }, ok ? t('optionsUserRuleAdded', rule.host) : t('optionsUserRuleRefused', rule.host));
    });
  };
  const allow = (rule: UserRule) => {
    void ports.requestAccess(rule.host).catch(() => false).then(async (ok) => {
      if (!ok) return setStatus({ kind: 'error', lines: [t('optionsUserRuleRefused', rule.host)] });
      setGranted(new Set([...granted, rule.host]));
      await save(settings, t('optionsUserRuleAdded', rule.host));
    });
  };
  const remove = (rule: UserRule) => {
    void save({ ...settings, userRules: settings.userRules.filter((r) => r.id !== rule.id) }, t('optionsUserRuleRemoved', rule.host)).then(async (ok) => {
      if (ok) await ports.releaseAccess(rule.host).catch(() => undefined);
    });
  };
  const importFile = (text: string) => {
    const result = importSettings(text, { shipped, now: ports.now() });
    if (!result.ok) {
      const line = (e: (typeof result.errors)[number]) => (e.at ? t('importAt', [e.at, t(e.key, e.args)]) : t(e.key, e.args));
      return setStatus({ kind: 'error', lines: [t('optionsImportRefused'), ...result.errors.map(line)] });
    }
    void save(result.settings, t('optionsImported'));
  };

  return (
    <>
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
        <a class="cover-link" href="details.html" target="_blank" rel="noopener">
          {t('optionsCoverLink')}
        </a>
      </header>
      <Status status={status} />
      <WarningSection settings={settings} t={t} change={(next) => void save(next)} />
      <ServiceChoicesSection settings={settings} rules={rules} t={t} now={ports.now()} change={(next) => void save(next)} />
      <UserRulesSection settings={settings} rules={rules} shipped={shipped} granted={granted} t={t} add={add} remove={remove} allow={allow} />
      <SettingsFileSection t={t} exportFile={() => ports.download('forewarn-settings.json', exportSettings(settings))} importFile={importFile} />
    </>
  );
}
