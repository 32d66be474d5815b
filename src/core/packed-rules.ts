/**
 * The database as each extension ships it: `rules.json`, Zstandard-compressed.
 *
 * Why not plain JSON: the store zips deflate each file on its own with a
 * 32 KB window, so the claims' repeated publishers, categories and address
 * prefixes across services are paid for again and again. Zstandard's long
 * window finds them; the copy is about a fifth smaller than the zipped JSON,
 * which is what keeps each store package under 250 KB as the database grows.
 * Browsers' own DecompressionStream has no Zstandard (nor Brotli, as of
 * Chromium 156), so fzstd, a small decoder without dependencies, reads it.
 */
import { decompress } from 'fzstd';
import { readPublishedRules, type PublishedRules } from './published-rules.js';

export const PACKED_RULES_FILE = 'rules.json.zst';

/** Reads the shipped copy; a damaged or foreign file is an error that says so, never a guess. */
export function unpackRules(bytes: Uint8Array): PublishedRules {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(decompress(bytes));
  } catch (error) {
    throw new Error(`${PACKED_RULES_FILE} is not a Zstandard-compressed UTF-8 file (${(error as Error).message})`);
  }
  return readPublishedRules(JSON.parse(text));
}

/**
 * What the shipped copy is, without unpacking it: the start of the SHA-256 of
 * its bytes. Stored beside the notes in storage.local, it tells a browser
 * start whether they are current; unpacking only to compare would cost the
 * decompression at every start (`npm run bench` times it).
 */
export async function packedRulesVersion(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
