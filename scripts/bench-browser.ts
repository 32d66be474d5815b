/**
 * `npm run bench:browser`: how soon the note is painted after a navigation
 * starts, in Debian's Chromium and Firefox ESR (the browsers `npm test`
 * uses), against the loopback fixture server. A figure, never a test: on a
 * shared 2-core machine these times swing several-fold with load.
 *
 * Baseline, measured on the same visits: when the page's own first frame
 * was painted (one animation frame after DOMContentLoaded). `afterPageMs` is
 * how much later the note came; `ratio` is note ÷ page.
 *
 * Series, each after one warm-up visit:
 * - same site: moving between pages of one service (www ↔ web.skype.com);
 * - cross site: arriving from another listed service (a new renderer).
 * Prints one JSON object: date, machine, and per browser and series the
 * median and 95th percentile (nearest rank) of each figure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExtension } from './lib/build-extension.js';
import { percentile } from '../test/browser/stats.js';
import { CHROMIUM, FIREFOX, type BrowserSpec } from '../test/browser/browsers.js';
import { waitFor } from '../test/browser/chromium.js';
import { startFixtureServer } from '../test/browser/fixture-server.js';

const VISITS = Number(process.env.BENCH_VISITS ?? 16);

/** Runs before any page script: stamps the page's first frame and the note's first frame. */
const TIMER = `(() => {
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => { window.__pagePaintedAt = performance.now(); }));
  const stamp = () => {
    if (window.__noteAttachedAt !== undefined || !document.querySelector(':root > [data-forewarn-note]')) return;
    window.__noteAttachedAt = performance.now();
    requestAnimationFrame(() => { window.__notePaintedAt = performance.now(); });
  };
  new MutationObserver(stamp).observe(document, { childList: true, subtree: true });
  stamp();
})()`;

const EVERY_VISIT = `async (api) => api.storage.sync.set({ settings: { version: 2, mode: 'every-visit', mutedCategories: [], paused: false, services: {} } })`;

interface Visit {
  noteMs: number;
  pageMs: number;
}

function summary(visits: Visit[]) {
  const figure = (values: number[]) => ({ median: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)) });
  return {
    visits: visits.length,
    noteMs: figure(visits.map((v) => v.noteMs)),
    pageMs: figure(visits.map((v) => v.pageMs)),
    afterPageMs: figure(visits.map((v) => v.noteMs - v.pageMs)),
    ratio: Number((percentile(visits.map((v) => v.noteMs / v.pageMs), 50)).toFixed(2)),
  };
}

async function benchBrowser(spec: BrowserSpec, extensionDir: string) {
  if (!fs.existsSync(spec.binary)) return { skipped: `no browser at ${spec.binary}` };
  const server = await startFixtureServer();
  const eb = await spec.launch(extensionDir, server.port);
  try {
    await eb.inExtension(EVERY_VISIT);
    await eb.page.evaluateOnNewDocument(TIMER);
    const visit = async (url: string): Promise<Visit> => {
      await eb.goto(url);
      let times: { note?: number; page?: number } = {};
      await waitFor(async () => {
        times = (await eb.page.evaluate('({ note: window.__notePaintedAt, page: window.__pagePaintedAt })')) as typeof times;
        return times.note !== undefined && times.page !== undefined;
      }, `the note on ${url}`);
      return { noteMs: times.note!, pageMs: times.page! };
    };
    const series = async (urls: string[]) => {
      await visit(urls[0]!);
      const visits: Visit[] = [];
      for (const url of urls) visits.push(await visit(url));
      return summary(visits);
    };
    const sameSite = await series(Array.from({ length: VISITS }, (_, i) => `http://${i % 2 ? 'web' : 'www'}.skype.com/page/${i}`));
    const crossSite = await series(Array.from({ length: VISITS }, (_, i) => (i % 2 ? `http://www.skype.com/x/${i}` : `http://outlook.live.com/x/${i}`)));
    return { sameSite, crossSite };
  } finally {
    await eb.close();
    await server.close();
  }
}

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-bench-'));
try {
  const { dirs } = await buildExtension({ root: process.cwd(), outDir });
  const chromium = await benchBrowser(CHROMIUM, dirs.chrome);
  const firefox = await benchBrowser(FIREFOX, dirs.firefox);
  const cpus = os.cpus();
  console.log(
    JSON.stringify(
      {
        date: new Date().toISOString().slice(0, 10),
        machine: { cpus: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) },
        chromium,
        firefox,
      },
      null,
      2,
    ),
  );
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
