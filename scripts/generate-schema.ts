/** `npm run schema`: rewrites rules/schema/*.schema.json from the TypeScript types. */
import fs from 'node:fs';
import path from 'node:path';
import { generateSchemas, SCHEMA_DIR, SCHEMA_FILES, schemaText } from './lib/schema-gen.js';

const root = process.cwd();
const schemas = generateSchemas(root);
fs.mkdirSync(path.join(root, SCHEMA_DIR), { recursive: true });
for (const [type, file] of Object.entries(SCHEMA_FILES)) {
  fs.writeFileSync(path.join(root, SCHEMA_DIR, file), schemaText(schemas[type as keyof typeof SCHEMA_FILES]));
  console.log(`wrote ${SCHEMA_DIR}/${file}`);
}
