/**
 * Compresses the extension's copy of the database (see src/core/packed-rules.ts
 * for why). Node 20's zlib has no Zstandard encoder, so the reference one runs
 * as WebAssembly (@bokuweb/zstd-wasm); level 19 is the highest that stays
 * well under a second for the whole database.
 */
import { compress, init } from '@bokuweb/zstd-wasm';

const LEVEL = 19;
let ready: Promise<void> | undefined;

export async function packRules(json: string): Promise<Buffer> {
  await (ready ??= init());
  return Buffer.from(compress(Buffer.from(json, 'utf8'), LEVEL));
}
