/** The popup's controls: this service's choice, a global pause, and the way to the options. */
import { OFFERED_CHOICES, type ChoiceAction } from '../core/service-choices.js';
import type { Settings } from '../core/settings.js';
import type { Translate } from '../core/translate.js';

export interface PopupControlsProps {
  settings: Settings;
  /** The listed service of the tab, if any. */
  serviceId: string | null;
  now: number;
  t: Translate;
  choose(action: ChoiceAction): void;
  setPaused(paused: boolean): void;
  openOptions(): void;
  error: string | null;
}


export function PopupControls({ settings, serviceId, now, t, choose, setPaused, openOptions, error }: PopupControlsProps) {
  const choice = serviceId ? settings.services[serviceId] : undefined;
  const active = choice?.acknowledged || (choice?.snoozedUntil !== undefined && choice.snoozedUntil > now);
  return (
    <div class="controls">
      {serviceId && (
        <div role="group" aria-label={t('popupChoicesLabel')} class="choices">
          {active ? (
            <>
              <span class="meta">{choice?.acknowledged ? t('optionsChoiceAcknowledged') : t('optionsChoiceSnoozed', new Date(choice!.snoozedUntil!).toLocaleDateString())}</span>{' '}
              <button type="button" data-action="clear" onClick={() => choose('clear')}>
                {t('optionsUndo')}
              </button>
            </>
          ) : (
            OFFERED_CHOICES.map(({ action, label }) => (
              <button key={action} type="button" data-action={action} onClick={() => choose(action)}>
                {t(label)}
              </button>
            ))
          )}
        </div>
      )}
      <label>
        <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => setPaused(e.currentTarget.checked)} /> {t('optionsPause')}
      </label>{' '}
      <button type="button" class="link" onClick={openOptions}>
        {t('popupOptions')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
