/**
 * `npm run bench:unlisted`: what the full set of match patterns costs pages
 * that no rule lists. Chromium loads the same series of unlisted loopback
 * pages twice per round, once with the built extension and once with no
 * extension, rounds interleaved so drift on a shared machine hits both
 * alike; it prints one JSON line with both medians and their ratio (1.0 =
 * no cost). A figure, never a pass/fail: no timing is asserted anywhere.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { buildExtension } from './lib/build-extension.js';

const CHROMIUM = '/usr/lib/chromium/chromium';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PAGES = Number(process.env.BENCH_PAGES ?? 20);

const QUIET = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--no-pings', '--disable-features=HttpsUpgrades,MediaRouter,OptimizationHints',
];

async function launch(port: number, extensionDir: string | null): Promise<Browser> {
  const args = [...QUIET, `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    enableExtensions: extensionDir !== null,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-bench-')),
    args,
  });
  if (extensionDir) await browser.waitForTarget((t) => t.type() === 'service_worker');
  return browser;
}

/** Milliseconds to load each page of the series, one tab, one after another. */
async function series(browser: Browser, port: number, round: number): Promise<number[]> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const times: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    // Unlisted hosts, each new, so no page comes from a cache.
    const url = `http://site${i}-r${round}.unlisted.example.org:${port}/page/${i}?q=${round}`;
    const start = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    times.push(performance.now() - start);
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-bench-build-'));
  const built = await buildExtension({ root: process.cwd(), outDir });
  const manifest = JSON.parse(fs.readFileSync(path.join(built.dirs.chrome, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[]; exclude_matches?: string[] }[] };
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><title>unlisted</title><p>An unlisted page.</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const withExtension = await launch(port, built.dirs.chrome);
  const without = await launch(port, null);
  const a: number[] = [];
  const b: number[] = [];
  try {
    await series(withExtension, port, -1); // warm-up, not counted
    await series(without, port, -1);
    for (let round = 0; round < ROUNDS; round++) {
      a.push(...(await series(withExtension, port, round)));
      b.push(...(await series(without, port, round)));
    }
  } finally {
    await withExtension.close();
    await without.close();
    server.close();
  }
  console.log(
    JSON.stringify({
      browser: 'chromium',
      navigations: a.length,
      contentScriptEntries: manifest.content_scripts.length,
      matchPatterns: manifest.content_scripts.reduce((n, c) => n + c.matches.length, 0),
      excludeMatchPatterns: manifest.content_scripts.reduce((n, c) => n + (c.exclude_matches?.length ?? 0), 0),
      withExtensionMedianMs: Number(median(a).toFixed(2)),
      withoutExtensionMedianMs: Number(median(b).toFixed(2)),
      ratio: Number((median(a) / median(b)).toFixed(3)),
    }),
  );
}

await main();
