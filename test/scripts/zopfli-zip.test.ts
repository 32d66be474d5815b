import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { repackWithZopfli } from '../../scripts/lib/zopfli-zip.js';
import { readZip } from '../helpers/read-zip.js';

describe('repackWithZopfli', () => {
  const text = Buffer.from('const forewarn = "note";\n'.repeat(400) + JSON.stringify({ services: Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, hosts: [`s${i}.example`] })) }));
  const noise = randomBytes(4096); // incompressible, like the Zstandard database
  let file = '';

  before(async () => {
    const zip = new JSZip();
    zip.file('manifest.json', text, { date: new Date(Date.UTC(2026, 11, 2, 20, 35, 12)) });
    zip.folder('_locales');
    zip.file('_locales/fr/messages.json', Buffer.from('{"n":{"message":"Réglages"}}'));
    zip.file('rules.json.zst', noise);
    zip.file('empty.txt', Buffer.alloc(0));
    zip.file('déjà.txt', Buffer.from('accents in the name'));
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-zip-')), 'x.zip');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
  });

  it('keeps every entry, its name, order and bytes, and makes the zip smaller', async () => {
    const before = await readZip(file);
    const sizeBefore = fs.statSync(file).size;
    await repackWithZopfli(file);
    const after = await readZip(file);
    assert.deepEqual(after.map((e) => e.name), before.map((e) => e.name));
    for (const [i, entry] of after.entries()) assert.ok(entry.data.equals(before[i]!.data), entry.name);
    assert.ok(fs.statSync(file).size < sizeBefore, `${fs.statSync(file).size} bytes, was ${sizeBefore}`);
  });

  it('deflates what shrinks and stores what does not', async () => {
    const byName = new Map((await readZip(file)).map((e) => [e.name, e]));
    assert.equal(byName.get('manifest.json')!.method, 8);
    assert.ok(byName.get('manifest.json')!.compressedSize < text.length / 10);
    assert.equal(byName.get('rules.json.zst')!.method, 0);
    assert.equal(byName.get('rules.json.zst')!.compressedSize, noise.length);
    assert.equal(byName.get('empty.txt')!.data.length, 0);
  });

  it('keeps the entries\' dates', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    assert.equal(zip.files['manifest.json']!.date.toISOString(), '2026-12-02T20:35:12.000Z');
  });
});
