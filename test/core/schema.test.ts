import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { generateSchemas, SCHEMA_DIR, SCHEMA_FILES, schemaText } from '../../scripts/lib/schema-gen.js';
import { CATEGORY_IDS } from '../../src/core/categories.js';

describe('rule schemas', () => {
  const root = process.cwd();
  const generated = generateSchemas(root);

  for (const [type, file] of Object.entries(SCHEMA_FILES)) {
    it(`${SCHEMA_DIR}/${file} is what the ${type} type generates (run \`npm run schema\` after changing the type)`, () => {
      const committed = fs.readFileSync(path.join(root, SCHEMA_DIR, file), 'utf8');
      assert.equal(committed, schemaText(generated[type as keyof typeof SCHEMA_FILES]));
    });
  }

  it('lists exactly the documented concern categories', () => {
    const schema = generated.ServiceRule as { definitions: { CategoryId: { enum: string[] } } };
    assert.deepEqual([...schema.definitions.CategoryId.enum].sort(), [...CATEGORY_IDS].sort());
  });
});
