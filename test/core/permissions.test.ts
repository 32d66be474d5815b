/**
 * The exact permission set of both generated manifests is pinned here, so
 * that any new permission is a visible, reviewed decision (and the README's
 * permission table must explain it).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { BROWSERS, generateManifest } from '../../src/core/manifest.js';

const source = JSON.parse(fs.readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
const PINNED = {
  permissions: ['activeTab', 'storage'],
  host_permissions: undefined,
  optional_permissions: undefined,
  optional_host_permissions: undefined,
};

describe('permissions', () => {
  for (const browser of BROWSERS) {
    it(`${browser}: exactly the pinned permissions, no host permissions, never <all_urls>`, () => {
      const m = generateManifest(source, browser, [{ id: 'skype', hosts: ['skype.com'] }]) as Record<string, unknown>;
      for (const [key, value] of Object.entries(PINNED)) assert.deepEqual(m[key], value, key);
      assert.doesNotMatch(JSON.stringify(m), /<all_urls>|\*:\/\/\*\/\*|"\*:\/\/\*\.\*/);
    });
  }

  it('are each explained in the README', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const permission of PINNED.permissions) assert.match(readme, new RegExp(`\\| \`${permission}\` \\|`), permission);
  });
});
