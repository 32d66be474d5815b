/**
 * `npm run bench`: how fast the matcher answers and gets ready, against
 * baselines measured in the same run on the same machine:
 * - floorNs: one Map.get of a string key, the least a lookup can cost;
 * - naiveNs: a linear scan over the hosts with endsWith, as many extensions do;
 * for synthetic rule sets of 100 to 100,000 hosts, and buildMs for the
 * shipped database; and reading the shipped database: unpacking its
 * Zstandard copy (decompress + JSON.parse) against JSON.parse of the same
 * JSON alone, the least any reader pays. Prints a table, then one JSON object
 * as the last line.
 * Figures are reported, not asserted: a benchmark is not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher, type MatchableService } from '../src/core/matcher.js';
import { PACKED_RULES_FILE, unpackRules } from '../src/core/packed-rules.js';
import { matchableServices } from '../src/core/published-rules.js';
import { urlHost } from '../src/core/url-host.js';
import { publishedRulesOrThrow } from './lib/build-extension.js';
import { syntheticServices, syntheticUrls } from './lib/bench-data.js';
import { packRules } from './lib/pack-rules.js';

const SIZES = [100, 1_000, 10_000, 100_000] as const;
const RUNS = 5;
const URLS_PER_RUN = 20_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median over RUNS of the time per call of `fn` on each input, in ns, after a warm-up run. */
function nsPerCall<T>(inputs: readonly T[], fn: (input: T) => unknown): number {
  let sink = 0;
  const once = () => {
    const start = process.hrtime.bigint();
    for (const input of inputs) if (fn(input)) sink++;
    return Number(process.hrtime.bigint() - start) / inputs.length;
  };
  for (let warm = 0; warm < 3; warm++) once();
  const result = median(Array.from({ length: RUNS }, once));
  if (sink < 0) console.log(sink);
  return result;
}

function msPerCall(fn: () => unknown, runs = RUNS): number {
  fn();
  return median(
    Array.from({ length: runs }, () => {
      const start = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
}

function naiveMatcher(services: readonly MatchableService[]): (url: string) => string | null {
  const entries = services.flatMap((s) => s.hosts.map((h) => ({ host: h, dotted: `.${h}`, id: s.id })));
  return (url) => {
    const parsed = urlHost(url);
    if (parsed.kind !== 'web') return null;
    for (const e of entries) if (parsed.host === e.host || parsed.host.endsWith(e.dotted)) return e.id;
    return null;
  };
}

const keys = Array.from({ length: 10_000 }, (_, i) => `host-${i}.example.com`);
const floorMap = new Map(keys.map((k, i) => [k, i]));
const floorNs = nsPerCall(Array.from({ length: URLS_PER_RUN }, (_, i) => keys[(i * 7919) % keys.length]!), (k) => floorMap.get(k));

/**
 * Sizes are measured in interleaved rounds, with a garbage collection before
 * each measurement where node runs with --expose-gc, so that a slow moment
 * of a shared machine spreads over all sizes instead of skewing one.
 */
const ROUNDS = 5;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const sets = SIZES.map((size) => {
  const services = syntheticServices(size);
  return { size, services, urls: syntheticUrls(services, URLS_PER_RUN), matcher: createMatcher(services), naive: naiveMatcher(services) };
});
const samples = new Map(SIZES.map((size) => [size, { matchNs: [] as number[], naiveNs: [] as number[], buildMs: [] as number[] }]));
for (let round = 0; round < ROUNDS; round++) {
  for (const set of sets) {
    const sample = samples.get(set.size)!;
    collect();
    sample.matchNs.push(nsPerCall(set.urls, (u) => set.matcher.match(u).kind === 'match'));
    // The naive scan is slow at large sizes: it is timed on fewer URLs there.
    collect();
    sample.naiveNs.push(nsPerCall(set.urls.slice(0, Math.max(200, Math.floor(1_000_000 / set.size))), set.naive));
    collect();
    sample.buildMs.push(msPerCall(() => createMatcher(set.services), 3));
  }
}
const results: Record<string, { matchNs: number; naiveNs: number; buildMs: number }> = {};
for (const [size, s] of samples) results[size] = { matchNs: median(s.matchNs), naiveNs: median(s.naiveNs), buildMs: median(s.buildMs) };

// The real database, as the extension reads it.
const root = process.cwd();
const builtPacked = path.join(root, 'dist/chrome', PACKED_RULES_FILE);
const packed = new Uint8Array(fs.existsSync(builtPacked) ? fs.readFileSync(builtPacked) : await packRules(JSON.stringify(publishedRulesOrThrow(root))));
const shipped = unpackRules(packed);
const shippedServices = shipped.services.length;
const shippedMatchable = matchableServices(shipped);
const shippedBuildMs = msPerCall(() => createMatcher(shippedMatchable), 21);

const plainJson = JSON.stringify(shipped);
// Interleaved, like the sizes above, so a busy moment does not land on one side only.
const unpackSamples: number[] = [];
const parseSamples: number[] = [];
for (let round = 0; round < 11; round++) {
  collect();
  unpackSamples.push(msPerCall(() => unpackRules(packed), 1));
  collect();
  parseSamples.push(msPerCall(() => JSON.parse(plainJson), 1));
}
const unpackMs = median(unpackSamples);
const parseMs = median(parseSamples);

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`Map.get floor: ${fmt(floorNs, 1)} ns\n`);
console.log('hosts      match ns   × floor   naive ns        naive ÷ match   build ms');
for (const size of SIZES) {
  const r = results[size]!;
  console.log(
    `${fmt(size).padStart(7)}  ${fmt(r.matchNs).padStart(9)}  ${fmt(r.matchNs / floorNs, 1).padStart(8)}  ${fmt(r.naiveNs).padStart(13)}  ${fmt(r.naiveNs / r.matchNs, 0).padStart(13)}×  ${fmt(r.buildMs, 2).padStart(8)}`,
  );
}
console.log(`\nshipped database (${shippedServices} services): build ${fmt(shippedBuildMs, 3)} ms`);
const growth = results[100_000]!.matchNs / results[100]!.matchNs;
console.log(`match growth 100 → 100,000 hosts: ${fmt(growth, 2)}×`);
console.log(`reading ${PACKED_RULES_FILE} (${fmt(packed.length)} bytes → ${fmt(plainJson.length)} characters): unpack ${fmt(unpackMs, 2)} ms, JSON.parse alone ${fmt(parseMs, 2)} ms, ${fmt(unpackMs / parseMs, 1)}×`);
console.log(
  JSON.stringify({
    floorNs,
    matchNs: Object.fromEntries(SIZES.map((s) => [s, results[s]!.matchNs])),
    naiveNs: Object.fromEntries(SIZES.map((s) => [s, results[s]!.naiveNs])),
    buildMs: { ...Object.fromEntries(SIZES.map((s) => [s, results[s]!.buildMs])), shipped: shippedBuildMs },
    readShippedMs: { unpack: unpackMs, parseOnly: parseMs },
  }),
);
