import type { Problem } from './rules-validation.js';
import { CATEGORY_CHOICES_KEY } from './schema-messages.js';

/**
 * One message per problem: where a check of our own reports a field, the
 * schema's more general message about the same field is dropped (an empty
 * source URL is one problem, not "not a URI" and "not well-formed"). The
 * template's category list is not reported while its category is still empty.
 */
export function withoutRepeats(problems: readonly Problem[], fromSchema: ReadonlySet<Problem>, wrongTypes: ReadonlySet<Problem>): Problem[] {
  const key = (file: string, path: string) => `${file}\u0000${path}`;
  // A value of the wrong type (a number where a host belongs) is read as ''
  // by the loose semantic checks: there the schema's "must be text" is the truth.
  const wrongType = new Set([...wrongTypes].map((p) => key(p.file, p.path)));
  const own = new Set(problems.filter((p) => !fromSchema.has(p)).map((p) => key(p.file, p.path)));
  const reported = new Set(problems.map((p) => key(p.file, p.path)));
  return problems.filter((p) => {
    const at = key(p.file, p.path);
    if (fromSchema.has(p) ? own.has(at) && !wrongType.has(at) : wrongType.has(at)) return false;
    const choices = `.${CATEGORY_CHOICES_KEY}`;
    return !(p.path.endsWith(choices) && reported.has(key(p.file, `${p.path.slice(0, -choices.length)}.category`)));
  });
}

