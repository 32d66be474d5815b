/**
 * Deterministic synthetic rule sets and URL mixes for the benchmark: hosts
 * under single- and multi-label public suffixes, and URLs with subdomains,
 * ports, queries, punycode/IDN hosts, IP addresses and look-alikes, about
 * 10 % of them listed.
 */
import type { MatchableService } from '../../src/core/matcher.js';

const SUFFIXES = ['com', 'org', 'net', 'de', 'fr', 'co.uk', 'com.au', 'co.jp', 'com.br', 'io'];

/** A small deterministic PRNG (mulberry32), so every run measures the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticServices(hosts: number): MatchableService[] {
  return Array.from({ length: hosts }, (_, i) => {
    const suffix = SUFFIXES[i % SUFFIXES.length]!;
    const host = i % 3 === 0 ? `app.brand${i}.${suffix}` : `brand${i}.${suffix}`;
    return { id: `service-${i}`, hosts: [host] };
  });
}

export function syntheticUrls(services: readonly MatchableService[], count: number): string[] {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.1) {
      const host = pick(services).hosts[0]!;
      urls.push(pick([`https://${host}/`, `https://www.${host}/inbox?id=${i}`, `https://a.b.${host}:8443/x#y`]));
    } else if (r < 0.8) {
      const n = Math.floor(rand() * 1e6);
      urls.push(`https://${pick(['www.', '', 'news.', 'shop.', 'm.'])}site${n}.${pick(SUFFIXES)}/page/${n}?q=${n}`);
    } else if (r < 0.88) {
      urls.push(`https://brand${Math.floor(rand() * services.length)}.com.evil.example/login`);
    } else if (r < 0.94) {
      urls.push(`http://192.168.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}/admin`);
    } else if (r < 0.97) {
      urls.push(`https://xn--bcher-kva.site${Math.floor(rand() * 1000)}.de/`);
    } else {
      urls.push(`https://bücher${Math.floor(rand() * 1000)}.example/`);
    }
  }
  return urls;
}
