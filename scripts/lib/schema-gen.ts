/**
 * Generates the rule JSON schemas from the TypeScript types in
 * src/core/rule-types.ts, so the type stays the one source of truth.
 */
import path from 'node:path';
import * as TJS from 'typescript-json-schema';

export const SCHEMA_DIR = 'rules/schema';
export const SCHEMA_FILES = {
  ServiceRule: 'service.schema.json',
  Alternative: 'alternative.schema.json',
  HostFamily: 'family.schema.json',
} as const;

export function generateSchemas(root: string): Record<keyof typeof SCHEMA_FILES, object> {
  const program = TJS.getProgramFromFiles([path.join(root, 'src/core/rule-types.ts')], {
    strict: true,
    resolveJsonModule: true,
    skipLibCheck: true,
  });
  const settings: TJS.PartialArgs = { required: true, noExtraProps: true, strictNullChecks: true, ignoreErrors: false };
  const generator = TJS.buildGenerator(program, settings);
  if (!generator) throw new Error('could not read src/core/rule-types.ts');
  const out = {} as Record<keyof typeof SCHEMA_FILES, object>;
  for (const type of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
    const schema = generator.getSchemaForSymbol(type);
    out[type] = { ...schema, $id: `https://forewarn.invalid/schema/${SCHEMA_FILES[type]}` };
  }
  return out;
}

export function schemaText(schema: object): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
