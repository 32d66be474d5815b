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
  permissions: ['activeTab', 'scripting', 'storage'],
  host_permissions: undefined,
  optional_permissions: undefined,
  // Asked for one host at a time, when the user adds their own rule; never granted by default.
  optional_host_permissions: ['*://*/*'],
};

describe('permissions', () => {
  for (const browser of BROWSERS) {
    it(`${browser}: exactly the pinned permissions, no host permissions, never <all_urls>`, () => {
      const m = generateManifest(source, browser, [{ id: 'skype', hosts: ['skype.com'] }]) as Record<string, unknown>;
      for (const [key, value] of Object.entries(PINNED)) assert.deepEqual(m[key], value, key);
      const { optional_host_permissions: _optional, ...rest } = m;
      assert.doesNotMatch(JSON.stringify(rest), /<all_urls>|\*:\/\/\*\/\*|"\*:\/\/\*\.\*/);
    });
  }

  it('are each explained in the README', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const permission of [...PINNED.permissions, ...PINNED.optional_host_permissions]) {
      assert.ok(readme.includes(`| \`${permission}\``), `README's permission table lacks ${permission}`);
    }
  });
});
