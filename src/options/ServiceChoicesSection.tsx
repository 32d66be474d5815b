/** The per-service choices made from the warning or the popup, each reversible. */
import type { PublishedRules } from '../core/published-rules.js';
import { applyChoice } from '../core/service-choices.js';
import type { Settings } from '../core/settings.js';
import type { Translate } from '../core/translate.js';

export function ServiceChoicesSection({ settings, rules, t, now, change }: { settings: Settings; rules: PublishedRules; t: Translate; now: number; change: (next: Settings) => void }) {
  const entries = Object.entries(settings.services);
  const nameOf = (id: string) => rules.services.find((s) => s.id === id)?.name ?? settings.userRules.find((r) => r.id === id)?.name ?? id;
  return (
    <section aria-labelledby="choices-heading">
      <h2 id="choices-heading">{t('optionsChoices')}</h2>
      {entries.length === 0 ? (
        <p class="hint">{t('optionsChoicesNone')}</p>
      ) : (
        <ul class="plain">
          {entries.map(([id, choice]) => {
            const text = choice.acknowledged
              ? t('optionsChoiceAcknowledged')
              : choice.snoozedUntil !== undefined && choice.snoozedUntil > now
                ? t('optionsChoiceSnoozed', new Date(choice.snoozedUntil).toLocaleDateString())
                : t('optionsChoiceExpired');
            return (
              <li key={id}>
                <span>
                  <strong>{nameOf(id)}</strong> — {text}
                </span>
                <button type="button" aria-label={t('optionsUndoFor', nameOf(id))} onClick={() => change(applyChoice(settings, id, 'clear', now))}>
                  {t('optionsUndo')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
