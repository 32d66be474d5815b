/** Export all settings as a JSON file, and import one (checked in full before anything changes). */
import type { Translate } from '../core/translate.js';

export function SettingsFileSection({ t, exportFile, importFile }: { t: Translate; exportFile(): void; importFile(text: string): void }) {
  return (
    <section aria-labelledby="file-heading">
      <h2 id="file-heading">{t('optionsFile')}</h2>
      <p class="hint">{t('optionsFileHint')}</p>
      <div class="file-actions">
        <button type="button" onClick={exportFile}>
          {t('optionsExport')}
        </button>
        {/* The native file input stays in the page (keyboard and screen readers reach it); its label is drawn as a button. */}
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void file.text().then(importFile);
          }}
        />
        <label class="button" for="import-file">
          {t('optionsImport')}
        </label>
      </div>
    </section>
  );
}
