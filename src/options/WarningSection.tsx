/** Warning mode, the categories that warn, and the global pause. */
import { CATEGORY_IDS, type CategoryId } from '../core/categories.js';
import { WARNING_MODES, type Settings } from '../core/settings.js';
import type { Translate } from '../core/translate.js';
import { CATEGORY_LABEL_KEYS } from './category-labels.js';

const MODE_LABELS = { 'every-visit': 'optionsModeEvery', 'first-visit': 'optionsModeFirst', 'badge-only': 'optionsModeBadge' } as const;

export function WarningSection({ settings, t, change }: { settings: Settings; t: Translate; change: (next: Settings) => void }) {
  const toggleCategory = (id: CategoryId, on: boolean) =>
    change({ ...settings, mutedCategories: on ? settings.mutedCategories.filter((c) => c !== id) : [...settings.mutedCategories, id] });
  return (
    <section aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{t('optionsWarnings')}</h2>
      <p class="hint first-use">{t('optionsFirstUse')}</p>
      <fieldset>
        <legend>{t('optionsMode')}</legend>
        {WARNING_MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="mode" value={mode} checked={settings.mode === mode} onChange={() => change({ ...settings, mode })} /> {t(MODE_LABELS[mode])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        {CATEGORY_IDS.map((id) => (
          <label key={id}>
            <input type="checkbox" name="category" value={id} checked={!settings.mutedCategories.includes(id)} onChange={(e) => toggleCategory(id, e.currentTarget.checked)} />{' '}
            {t(CATEGORY_LABEL_KEYS[id])}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => change({ ...settings, paused: e.currentTarget.checked })} /> {t('optionsPause')}
      </label>
    </section>
  );
}
