/**
 * The popup's controls: this service's choices (on the first screen, with
 * what each does), and at the end a global pause and the way to the options.
 */
import { OFFERED_CHOICES, type ChoiceAction } from '../core/service-choices.js';
import type { Settings } from '../core/settings.js';
import type { Translate } from '../core/translate.js';

/** Each offered choice's one-line explanation (a _locales key taking the service name). */
export const CHOICE_HINT_KEYS: Record<string, string> = {
  'snooze-day': 'warningSnoozeDayHint',
  'snooze-month': 'warningSnoozeMonthHint',
  acknowledge: 'warningAcknowledgeHint',
};

export interface ServiceChoicesProps {
  settings: Settings;
  serviceId: string;
  serviceName: string;
  now: number;
  t: Translate;
  choose(action: ChoiceAction): void;
  /** A save that failed, shown where the user just clicked. */
  error: string | null;
}

export function ServiceChoices({ settings, serviceId, serviceName, now, t, choose, error }: ServiceChoicesProps) {
  const choice = settings.services[serviceId];
  const active = choice?.acknowledged || (choice?.snoozedUntil !== undefined && choice.snoozedUntil > now);
  return (
    <section class="choices-section" aria-labelledby="choices-heading">
      <h2 id="choices-heading">{t('popupChoicesTitle', serviceName)}</h2>
      <div role="group" aria-labelledby="choices-heading" class="choices">
        {active ? (
          <>
            <span class="meta">{choice?.acknowledged ? t('optionsChoiceAcknowledged') : t('optionsChoiceSnoozed', new Date(choice!.snoozedUntil!).toLocaleDateString())}</span>{' '}
            <button type="button" data-action="clear" onClick={() => choose('clear')}>
              {t('optionsUndo')}
            </button>
          </>
        ) : (
          OFFERED_CHOICES.map(({ action, label }) => (
            <button key={action} type="button" data-action={action} title={t(CHOICE_HINT_KEYS[action]!, serviceName)} onClick={() => choose(action)}>
              {t(label)}
            </button>
          ))
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export interface PopupSettingsProps {
  settings: Settings;
  t: Translate;
  setPaused(paused: boolean): void;
  openOptions(): void;
  error: string | null;
}

export function PopupSettings({ settings, t, setPaused, openOptions, error }: PopupSettingsProps) {
  return (
    <div class="controls">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <label>
        <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => setPaused(e.currentTarget.checked)} /> {t('optionsPause')}
      </label>
      <button type="button" class="link" onClick={openOptions}>
        {t('popupOptions')}
      </button>
    </div>
  );
}
