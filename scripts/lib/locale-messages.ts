/**
 * A `Translate` over one of the extension's _locales files, for pages made at
 * build time (the catalogue): the same people's words the extension shows,
 * with the browser's placeholder rules ($NAME$ → its "$1" content).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Translate } from '../../src/core/translate.js';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function localeTranslator(root: string, locale: string): Translate {
  const messages = JSON.parse(fs.readFileSync(path.join(root, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
  return (key, substitutions) => {
    const entry = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : undefined;
    if (!entry) return '';
    const args = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    return entry.message.replace(/\$([A-Za-z_]\w*)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : positional(content);
    });
  };
}
