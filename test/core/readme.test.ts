/** The README's category table is the documented list: it must say what src/core/categories.ts says. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { CATEGORIES } from '../../src/core/category-meanings.js';

describe('README', () => {
  const readme = fs.readFileSync('README.md', 'utf8');

  it('documents every concern category with its meaning, and no other', () => {
    const block = /<!-- categories:start[^>]*-->([\s\S]*?)<!-- categories:end -->/.exec(readme)?.[1] ?? '';
    const rows = [...block.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, Object.entries(CATEGORIES));
  });

  it('gives the two quick-start commands that CI runs', () => {
    assert.match(readme, /^npm ci && npm run build\s/m);
    assert.match(readme, /^npm test\s/m);
    assert.match(fs.readFileSync(".ci/run", "utf8"), /^(CI=true )?npm test$/m);
  });
});
