/**
 * The user's own rules: add a host with a name, a note and alternatives.
 * Adding asks for that host's permission in the same click; a rule whose
 * permission was refused is kept, with a button to ask again.
 */
import { useState } from 'preact/hooks';
import type { PublishedRules } from '../core/published-rules.js';
import type { Settings, UserRule } from '../core/settings.js';
import type { Translate } from '../core/translate.js';
import { checkUserRule, type ShippedRules } from '../core/user-rule-input.js';

export interface UserRulesProps {
  settings: Settings;
  rules: PublishedRules;
  /** The shipped rules the check compares against (the same check settings import uses). */
  shipped: ShippedRules;
  granted: ReadonlySet<string>;
  t: Translate;
  add(rule: UserRule): void;
  remove(rule: UserRule): void;
  allow(rule: UserRule): void;
}

export function UserRulesSection({ settings, rules, shipped, granted, t, add, remove, allow }: UserRulesProps) {
  const [host, setHost] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: Event) => {
    event.preventDefault();
    const result = checkUserRule({ host, name, note, alternatives: picked }, shipped, settings.userRules);
    if (!result.ok) {
      // Every problem is shown, each at its field.
      const byField: Record<string, string> = {};
      for (const e of result.errors) byField[e.field] = [byField[e.field], t(e.key, e.args)].filter(Boolean).join(' ');
      setErrors(byField);
      return;
    }
    setErrors({});
    add(result.rule);
    setHost('');
    setName('');
    setNote('');
    setPicked([]);
  };

  const alternatives = Object.values(rules.alternatives).sort((a, b) => a.name.localeCompare(b.name));
  const field = (id: string) => (errors[id] ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  return (
    <section aria-labelledby="user-rules-heading">
      <h2 id="user-rules-heading">{t('optionsUserRules')}</h2>
      <p class="hint">{t('optionsUserRulesHint')}</p>
      {settings.userRules.length > 0 && (
        <ul class="plain user-rules">
          {settings.userRules.map((rule) => (
            <li key={rule.id}>
              <span>
                <strong>{rule.name}</strong> — {rule.host}
                {!granted.has(rule.host) && <span class="meta"> · {t('optionsUserRuleNoAccess')}</span>}
              </span>
              <span>
                {!granted.has(rule.host) && (
                  <button type="button" onClick={() => allow(rule)}>
                    {t('optionsUserRuleAllow')}
                  </button>
                )}{' '}
                <button type="button" aria-label={t('optionsUserRuleRemoveFor', rule.name)} onClick={() => remove(rule)}>
                  {t('optionsUserRuleRemove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('optionsUserRuleAdd')}</legend>
          <label for="host">{t('optionsUserRuleHost')}</label>
          <input id="host" name="host" type="text" autocomplete="off" value={host} onInput={(e) => setHost(e.currentTarget.value)} {...field('host')} />
          {errors.host && <p id="host-error" class="field-error">{errors.host}</p>}
          <label for="name">{t('optionsUserRuleName')}</label>
          <input id="name" name="name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} {...field('name')} />
          {errors.name && <p id="name-error" class="field-error">{errors.name}</p>}
          <label for="note">{t('optionsUserRuleNote')}</label>
          <textarea id="note" name="note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} {...field('note')} />
          {errors.note && <p id="note-error" class="field-error">{errors.note}</p>}
          <fieldset>
            <legend>{t('optionsUserRuleAlternatives')}</legend>
            <div class="alternatives-pick">
              {alternatives.map((alt) => (
                <label key={alt.id}>
                  <input
                    type="checkbox"
                    name="alternative"
                    value={alt.id}
                    checked={picked.includes(alt.id)}
                    onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, alt.id] : picked.filter((p) => p !== alt.id))}
                  />{' '}
                  {alt.name}
                </label>
              ))}
            </div>
            {errors.alternatives && <p id="alternatives-error" class="field-error">{errors.alternatives}</p>}
          </fieldset>
          <button type="submit" class="primary">
            {t('optionsUserRuleSubmit')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
