/**
 * JSON-schema errors (ajv) → one plain sentence each, ending with what to do.
 * No raw regular expression or schema keyword reaches the contributor: a
 * pattern is described by the form it expects, with an example.
 */
import type { ErrorObject } from 'ajv';
import { fieldHint, fieldName } from './rule-field-hints.js';

export interface SchemaProblem {
  path: string;
  message: string;
}

/** `/concerns/0/url` → `concerns[0].url` */
export function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Shown as `"value"`, cut short so a long wrong value does not bury the sentence. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list in [ ]',
  object: 'an object in { }',
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false',
};

/** The key `npm run new-rule` writes beside an empty category, listing the choices. */
export const CATEGORY_CHOICES_KEY = 'categoryChoices';

export function schemaProblem(error: ErrorObject): SchemaProblem {
  const path = fieldPath(error.instancePath);
  const p = error.params as Record<string, unknown>;
  const value: unknown = error.data;
  const hint = fieldHint(path);
  switch (error.keyword) {
    case 'required': {
      const field = join(path, String(p.missingProperty));
      return { path: field, message: `is missing — ${fieldHint(field)}.` };
    }
    case 'additionalProperties': {
      const field = join(path, String(p.additionalProperty));
      if (p.additionalProperty === CATEGORY_CHOICES_KEY) {
        return { path: field, message: 'is the template\'s list of categories — now that "category" holds one, delete this line.' };
      }
      return { path: field, message: 'is not a field of the rule format — check its spelling against rules/schema/, or delete it.' };
    }
    case 'type':
      return { path, message: `must be ${TYPE_NAMES[String(p.type)] ?? String(p.type)} — ${hint}.` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      if (value === '') return { path, message: `is empty — ${fieldName(path) === 'category' ? hint : `choose one of: ${allowed.join(', ')}`}.` };
      return { path, message: `${quoted(value)} is not one of: ${allowed.join(', ')} — check its spelling, or choose the one that fits.` };
    }
    case 'pattern':
      if (value === '') return { path, message: `is empty — ${hint}.` };
      return { path, message: `${quoted(value)} does not have the expected form — ${hint}.` };
    case 'minItems': {
      const limit = Number(p.limit);
      const have = Array.isArray(value) ? value.length : 0;
      const needs = `${limit} entr${limit === 1 ? 'y' : 'ies'}`;
      return { path, message: `${have === 0 ? 'is empty' : `has ${have}`}, and needs at least ${needs} — ${hint}.` };
    }
    case 'minLength': {
      if (value === '' || (typeof value === 'string' && value.trim() === '')) return { path, message: `is empty — ${hint}.` };
      const length = typeof value === 'string' ? value.length : 0;
      return { path, message: `is too short (${length} characters; at least ${String(p.limit)}) — ${hint}.` };
    }
    case 'maxLength': {
      const length = typeof value === 'string' ? value.length : 0;
      return { path, message: `is too long (${length} characters; at most ${String(p.limit)}) — shorten it.` };
    }
    case 'format':
      return { path, message: `${quoted(value)} is not a complete address — ${hint}.` };
    default:
      return { path, message: `${error.message ?? 'is not valid'} — ${hint}.` };
  }
}
