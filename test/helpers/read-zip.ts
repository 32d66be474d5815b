/**
 * Reads a whole zip with yauzl, a reader independent of the writer under test,
 * with its strict checks on (entry sizes against the bytes inflated). Returns
 * each file's bytes, and each entry's raw facts for the tests that need them.
 */
import yauzl from 'yauzl';

export interface ZipEntryFacts {
  name: string;
  method: number;
  compressedSize: number;
  data: Buffer;
}

export function readZip(file: string): Promise<ZipEntryFacts[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${file}`));
      const entries: ZipEntryFacts[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({ name: entry.fileName, method: entry.compressionMethod, compressedSize: entry.compressedSize, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
