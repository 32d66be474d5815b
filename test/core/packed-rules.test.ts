import assert from 'node:assert/strict';
import { packRules } from '../../scripts/lib/pack-rules.js';
import { PACKED_RULES_FILE, packedRulesVersion, unpackRules } from '../../src/core/packed-rules.js';
import { RULES_FORMAT_VERSION } from '../../src/core/published-rules.js';

const sample = {
  formatVersion: RULES_FORMAT_VERSION,
  generated: '2026-12-02',
  categories: {},
  services: [{ id: 'example', name: 'Exämple 例', summary: 'Keeps “words” readable.', hosts: ['example.com'], concerns: [], alternatives: [] }],
  alternatives: {},
  families: {},
};

describe('packed rules (the database each extension ships)', () => {
  it('unpacks what the build packs, non-ASCII text included', async () => {
    const packed = await packRules(JSON.stringify(sample));
    assert.deepEqual(unpackRules(new Uint8Array(packed)), sample);
  });

  it('names the file when the bytes are not Zstandard', () => {
    const plain = new TextEncoder().encode(JSON.stringify(sample));
    assert.throws(() => unpackRules(plain), (e: Error) => e.message.startsWith(`${PACKED_RULES_FILE} is not`));
  });

  it('refuses a damaged copy rather than reading part of it', async () => {
    const packed = new Uint8Array(await packRules(JSON.stringify(sample)));
    assert.throws(() => unpackRules(packed.subarray(0, packed.length - 8)), new RegExp(PACKED_RULES_FILE.replace(/\./g, '\\.')));
  });

  it('refuses a database of a format this reader does not know', async () => {
    const packed = await packRules(JSON.stringify({ ...sample, formatVersion: 99 }));
    assert.throws(() => unpackRules(new Uint8Array(packed)), /format version 99/);
  });
});

describe('packedRulesVersion (whether the notes in storage are current)', () => {
  it('is the same for the same bytes and differs when one byte does', async () => {
    const packed = new Uint8Array(await packRules(JSON.stringify(sample)));
    const again = new Uint8Array(await packRules(JSON.stringify(sample)));
    const changed = new Uint8Array(await packRules(JSON.stringify({ ...sample, generated: '2026-12-03' })));
    assert.match(await packedRulesVersion(packed), /^[0-9a-f]{16}$/);
    assert.equal(await packedRulesVersion(again), await packedRulesVersion(packed));
    assert.notEqual(await packedRulesVersion(changed), await packedRulesVersion(packed));
  });
});
