/**
 * Freshness warnings for `rules:check`: not errors (an old rule may still be
 * true), but the places where a reader in the present may be misled.
 *
 * - `lastReviewed` more than 12 months before today: nobody has re-read the
 *   claims and links for a year.
 * - The summary (the sentence the in-page note shows) speaks of an old event
 *   while the rule has nothing recent. Heuristic, chosen to be checkable:
 *   the summary's years are the four-digit years 1990–today it names; its
 *   event is the newest of them, taken at its latest day (31 December). The
 *   event is old when that day is more than five years before today. The
 *   rule has a newer concern when any concern has a source dated within
 *   those five years (a partial date counts from its latest day: "2022-05"
 *   as 2022-05-31). A summary that names no year is never flagged: nothing in
 *   it can be dated.
 */
import type { ServiceRule } from './rule-types.js';

export interface FreshnessWarning {
  file: string;
  path: string;
  message: string;
}

/** `date` (YYYY-MM-DD) moved by whole years, clamped to a real day (29 Feb → 28 Feb). */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y - years, m - 1, 1));
  const lastDay = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
function latestDay(partial: string): string {
  const [y, m, d] = partial.split('-');
  if (d) return partial;
  if (m) return new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
}

/** The four-digit years 1990–`thisYear` a text names. */
export function yearsNamed(text: string, thisYear: number): number[] {
  return [...text.matchAll(/(?<!\d[.,]?)(19\d\d|20\d\d)(?![.,]?\d)/g)].map((m) => Number(m[1])).filter((y) => y >= 1990 && y <= thisYear);
}

export function freshnessWarnings(rules: readonly { file: string; rule: ServiceRule }[], today: string): FreshnessWarning[] {
  const yearAgo = yearsBefore(today, 1);
  const fiveYearsAgo = yearsBefore(today, 5);
  const warnings: FreshnessWarning[] = [];
  for (const { file, rule } of rules) {
    if (rule.lastReviewed < yearAgo) {
      warnings.push({
        file,
        path: 'lastReviewed',
        message: `"${rule.lastReviewed}" is more than 12 months ago — re-read every claim and link against its sources, then set lastReviewed to the day you did.`,
      });
    }
    const years = yearsNamed(rule.summary, Number(today.slice(0, 4)));
    if (years.length === 0) continue;
    const event = Math.max(...years);
    if (latestDay(String(event)) >= fiveYearsAgo) continue;
    const hasNewer = rule.concerns.some((c) => c.sources.some((s) => latestDay(s.date) >= fiveYearsAgo));
    if (hasNewer) continue;
    warnings.push({
      file,
      path: 'summary',
      message: `speaks of ${event}, more than five years ago, and no concern has a source dated since ${fiveYearsAgo} — check that it still holds today, then add a concern with a recent source (the provider's current policy, or what has changed since).`,
    });
  }
  return warnings;
}
