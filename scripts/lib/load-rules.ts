/** Reads the rule files from disk (Node only) and validates them with the committed schemas. */
import fs from 'node:fs';
import path from 'node:path';
import { describeJsonSyntaxError, findJsonSyntaxError } from '../../src/core/json-syntax.js';
import { validateRules, type RuleFile, type ValidatedRules } from '../../src/core/rules-validation.js';
import { SCHEMA_DIR, SCHEMA_FILES } from './schema-gen.js';

export const RULES_DIR = 'rules';
export const ALTERNATIVES_DIR = 'rules/alternatives';
export const FAMILIES_DIR = 'rules/families';

function readJsonFiles(root: string, dir: string): RuleFile[] {
  const full = path.resolve(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      return parseRuleFile(`${dir}/${name}`, fs.readFileSync(path.join(full, name), 'utf8'));
    });
}

/** A rule file's text → its data, or a parse error with line, column and a caret under the spot. */
export function parseRuleFile(file: string, text: string): RuleFile {
  try {
    return { file, data: JSON.parse(text) as unknown };
  } catch (error) {
    const syntax = findJsonSyntaxError(text);
    return { file, data: null, parseError: syntax ? describeJsonSyntaxError(text, syntax) : (error as Error).message };
  }
}

export function readSchema(root: string, file: string): object {
  return JSON.parse(fs.readFileSync(path.join(root, SCHEMA_DIR, file), 'utf8')) as object;
}

/** Today as YYYY-MM-DD (UTC); dates after it are "in the future". */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface RulesDirs {
  services: string;
  alternatives: string;
  /** Host families; `<services>/families` when not given. */
  families?: string;
}

export function loadRules(root: string, dirs: RulesDirs = { services: RULES_DIR, alternatives: ALTERNATIVES_DIR }): ValidatedRules {
  return validateRules(
    readJsonFiles(root, dirs.services),
    readJsonFiles(root, dirs.alternatives),
    {
      service: readSchema(root, SCHEMA_FILES.ServiceRule),
      alternative: readSchema(root, SCHEMA_FILES.Alternative),
      family: readSchema(root, SCHEMA_FILES.HostFamily),
    },
    today(),
    readJsonFiles(root, dirs.families ?? `${dirs.services}/families`),
  );
}
