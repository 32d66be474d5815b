/**
 * `npm run screenshots`: builds the extension, loads it in headless Chromium
 * against the loopback fixture server (a realistic sign-in page on
 * www.skype.com), and writes, in light and dark:
 *   docs/screenshots/note-*.png          the note as it first appears
 *   docs/screenshots/note-open-*.png     the note with "Why?" opened
 *   docs/screenshots/popup-*.png         the toolbar popup on that page
 *   docs/screenshots/details-*.png       the extension's details page for the service
 *   docs/screenshots/options-*.png       the options page
 *   docs/screenshots/catalog-*.png       a page of the static catalogue
 * and, in English, German and French, 1280×800 store pictures with a short
 * store description: docs/store/store-<lang>.png and docs/store/description-<lang>.md.
 * Nothing leaves the machine: every host resolves to the fixture server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { buildExtension } from './lib/build-extension.js';
import { STORE_TEXT } from './lib/store-text.js';
import { launchChromium, waitFor } from '../test/browser/chromium.js';
import { EVERY_VISIT } from '../test/browser/extension-settings.js';
import { startFixtureServer } from '../test/browser/fixture-server.js';
import { noteProbe } from '../test/browser/note-probe.js';
import type { ExtensionBrowser } from '../test/browser/extension-browser.js';

const root = process.cwd();
const shots = path.join(root, 'docs/screenshots');
const store = path.join(root, 'docs/store');
const PAGE = 'http://www.skype.com/signin';
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const { dirs } = await buildExtension({ root, outDir: path.join(root, 'dist') });
fs.mkdirSync(shots, { recursive: true });
fs.mkdirSync(store, { recursive: true });
const server = await startFixtureServer();

async function scheme(page: Page, value: Scheme): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]);
}

async function showNote(eb: ExtensionBrowser): Promise<void> {
  await eb.page.goto(PAGE, { waitUntil: 'load' });
  await waitFor(async () => (await (await noteProbe(eb)).parts('.card')).length === 1, 'the note', 5000);
}

async function openNote(eb: ExtensionBrowser): Promise<void> {
  const probe = await noteProbe(eb);
  const [more] = await probe.parts('button.more');
  if (!more) throw new Error('no "Why?" button');
  await probe.click(more);
  await waitFor(async () => (await probe.parts('.details')).length === 1, 'the opened note', 2000);
  await probe.dispose();
}

/** English pictures of every surface, light and dark. */
async function surfaces(): Promise<void> {
  const eb = await launchChromium(dirs.chrome, server.port);
  try {
    await eb.inExtension(EVERY_VISIT);
    const page = eb.page;
    await page.setViewport({ width: 1280, height: 800 });
    for (const s of SCHEMES) {
      await scheme(page, s);
      await showNote(eb);
      await page.screenshot({ path: path.join(shots, `note-${s}.png`) });
      await openNote(eb);
      await page.screenshot({ path: path.join(shots, `note-open-${s}.png`) });
      const popup = await eb.popupPage!();
      try {
        await scheme(popup, s);
        await popup.setViewport({ width: 380, height: 600 });
        await popup.screenshot({ path: path.join(shots, `popup-${s}.png`) });
      } finally {
        await popup.close();
      }
    }
    for (const s of SCHEMES) {
      await scheme(page, s);
      await page.setViewport({ width: 1024, height: 800 });
      await eb.openExtensionPage('details.html#skype');
      // The page renders after it has read the database, which is after its load event.
      await page.waitForSelector('#app > *');
      await page.screenshot({ path: path.join(shots, `details-${s}.png`) });
      await eb.openExtensionPage('options.html');
      await page.waitForSelector('#warnings-heading');
      await page.screenshot({ path: path.join(shots, `options-${s}.png`), fullPage: true });
      await page.goto(pathToFileURL(path.join(root, 'dist/catalog/services/skype.html')).href, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(shots, `catalog-${s}.png`) });
    }
  } finally {
    await eb.close();
  }
}

function storeHtml(lang: keyof typeof STORE_TEXT, note: string): string {
  const text = STORE_TEXT[lang];
  const esc = (v: string) => v.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
body { margin: 0; width: 1280px; height: 800px; display: grid; grid-template-columns: 440px 1fr; background: #fffbeb; font: 18px/1.5 system-ui, sans-serif; color: #1f2937; overflow: hidden; }
.text { padding: 72px 40px 40px 56px; display: flex; flex-direction: column; gap: 20px; }
.brand { display: flex; align-items: center; gap: 12px; font-size: 26px; font-weight: 800; color: #78350f; }
.mark { width: 40px; height: 40px; border-radius: 50%; background: #b45309; color: #fff; font: 800 28px/40px system-ui, sans-serif; text-align: center; }
h1 { font-size: 34px; line-height: 1.2; margin: 8px 0 0; }
ul { margin: 0; padding-left: 22px; } li { margin-bottom: 12px; }
.shot { align-self: center; justify-self: start; width: 800px; border-radius: 12px; box-shadow: 0 10px 40px rgba(0,0,0,.25); }
</style></head><body>
<div class="text"><div class="brand"><span class="mark">!</span>Forewarn</div><h1>${esc(text.headline)}</h1>
<ul>${text.points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></div>
<img class="shot" alt="" src="data:image/png;base64,${note}">
</body></html>`;
}

/** One store picture per language: the extension in that language, framed with the store text. */
async function storePictures(): Promise<void> {
  for (const lang of Object.keys(STORE_TEXT) as (keyof typeof STORE_TEXT)[]) {
    const eb = await launchChromium(dirs.chrome, server.port, { lang });
    try {
      await eb.inExtension(EVERY_VISIT);
      const page = eb.page;
      await page.setViewport({ width: 1280, height: 800 });
      await scheme(page, 'light');
      await showNote(eb);
      await openNote(eb);
      const note = (await page.screenshot({ encoding: 'base64' })) as string;
      const html = path.join(store, `.store-${lang}.html`);
      fs.writeFileSync(html, storeHtml(lang, note));
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(store, `store-${lang}.png`) });
      fs.rmSync(html);
      const text = STORE_TEXT[lang];
      fs.writeFileSync(path.join(store, `description-${lang}.md`), `# ${text.headline}\n\n${text.points.map((p) => `- ${p}`).join('\n')}\n\n${text.description}\n`);
    } finally {
      await eb.close();
    }
  }
}

try {
  await surfaces();
  await storePictures();
  console.log(`Wrote ${fs.readdirSync(shots).length} screenshots to docs/screenshots/ and the store pictures to docs/store/`);
} finally {
  await server.close();
}
