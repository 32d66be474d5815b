/**
 * The shape of a GitHub issue form (.github/ISSUE_TEMPLATE/*.yml) and of the
 * template chooser's config.yml, as JSON schemas, written here from GitHub's
 * documented syntax: no npm package publishes one (workflows are checked with
 * GitHub's own parser, @actions/workflow-parser, instead). Strict on purpose:
 * an unknown key is a typo GitHub would reject when the form is opened.
 */
const id = { type: 'string', pattern: '^[A-Za-z0-9_-]+$' };
const validations = { type: 'object', additionalProperties: false, properties: { required: { type: 'boolean' } } };
const text = { type: 'string', minLength: 1 };

function element(type: string, attributes: object, requiredAttributes: string[], extra: object = {}) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'attributes'],
    properties: {
      type: { const: type },
      id,
      attributes: { type: 'object', additionalProperties: false, required: requiredAttributes, properties: attributes },
      ...extra,
    },
  };
}

const labelled = { label: text, description: { type: 'string' } };

export const issueFormSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'body'],
  properties: {
    name: text,
    description: text,
    title: { type: 'string' },
    labels: { oneOf: [{ type: 'array', items: text }, { type: 'string' }] },
    assignees: { oneOf: [{ type: 'array', items: text }, { type: 'string' }] },
    projects: { type: 'array', items: text },
    type: { type: 'string' },
    body: {
      type: 'array',
      minItems: 1,
      items: {
        oneOf: [
          element('markdown', { value: text }, ['value']),
          element('input', { ...labelled, placeholder: { type: 'string' }, value: { type: 'string' } }, ['label'], { validations }),
          element('textarea', { ...labelled, placeholder: { type: 'string' }, value: { type: 'string' }, render: { type: 'string' } }, ['label'], { validations }),
          element('dropdown', { ...labelled, multiple: { type: 'boolean' }, options: { type: 'array', minItems: 1, items: text }, default: { type: 'integer' } }, ['label', 'options'], { validations }),
          element('checkboxes', { ...labelled, options: { type: 'array', minItems: 1, items: { type: 'object', required: ['label'], additionalProperties: false, properties: { label: text, required: { type: 'boolean' } } } } }, ['label', 'options']),
        ],
      },
    },
  },
} as const;

export const issueConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    blank_issues_enabled: { type: 'boolean' },
    contact_links: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['name', 'url', 'about'], properties: { name: text, url: { type: 'string', pattern: '^https://' }, about: text } },
    },
  },
} as const;
