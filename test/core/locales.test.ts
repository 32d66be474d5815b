/**
 * Every user-visible string comes from _locales: each locale has exactly the
 * English keys (with the same placeholders), and every key is used by the
 * code or the manifest.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (locale: string) => JSON.parse(fs.readFileSync(`_locales/${locale}/messages.json`, 'utf8')) as Messages;
const english = read('en');
const locales = fs.readdirSync('_locales');

function sources(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|html)$/.test(f))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

describe('locales', () => {
  it('ship English, German and French at least', () => {
    for (const locale of ['en', 'de', 'fr']) assert.ok(locales.includes(locale), locale);
  });

  for (const locale of locales.filter((l) => l !== 'en')) {
    it(`${locale} has every English key, no other, with the same placeholders, all translated`, () => {
      const messages = read(locale);
      assert.deepEqual(Object.keys(messages).sort(), Object.keys(english).sort());
      for (const [key, value] of Object.entries(english)) {
        assert.deepEqual(Object.keys(messages[key]!.placeholders ?? {}).sort(), Object.keys(value.placeholders ?? {}).sort(), key);
        assert.ok(messages[key]!.message.trim().length > 0, `${locale}: ${key} is empty`);
      }
    });
  }

  it('uses every key, and the manifest takes its name and description from them', () => {
    const code = sources('src');
    const manifest = fs.readFileSync('manifest.json', 'utf8');
    for (const key of Object.keys(english)) {
      assert.ok(code.includes(`'${key}'`) || manifest.includes(`__MSG_${key}__`), `unused key ${key}`);
    }
    assert.match(manifest, /"name": "__MSG_extensionName__"/);
    assert.match(manifest, /"description": "__MSG_extensionDescription__"/);
  });

  it('keeps the description within the 132 characters the stores allow, in every locale', () => {
    for (const locale of locales) {
      const description = read(locale).extensionDescription!.message;
      assert.ok(description.length <= 132, `${locale}: ${description.length} characters`);
    }
  });

  it('has a message for every key the code asks for', () => {
    const code = sources('src');
    const asked = new Set([...code.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]!));
    for (const key of asked) assert.ok(english[key], `missing key ${key}`);
  });
});
