/**
 * The files under .github/ cannot run here, so they are checked for what
 * they are: workflows with GitHub's own workflow parser, issue forms against
 * their schema, and each against what the project expects of it (the CI
 * workflow runs .ci/run, the popup's links fill fields the forms have, the
 * pull-request checklist is CONTRIBUTING's).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { REPORT_PROBLEM_FORM, reportRuleUrl, SUGGEST_SERVICE_FORM, suggestServiceUrl } from '../../src/core/issue-links.js';
import { projectLinks } from '../../scripts/lib/project-links.js';
import { issueConfigSchema, issueFormSchema } from '../helpers/issue-form-schema.js';

const WORKFLOWS = '.github/workflows';
const FORMS = '.github/ISSUE_TEMPLATE';

async function workflow(name: string, content = fs.readFileSync(`${WORKFLOWS}/${name}`, 'utf8')) {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : undefined;
  return { errors: [...errors, ...(template?.errors ?? []).map((e) => e.Message)], template, yaml: parseYaml(content) };
}

function readForm(name: string): { body: { type: string; id?: string }[] } {
  return parseYaml(fs.readFileSync(`${FORMS}/${name}`, 'utf8'));
}

describe('.github', () => {
  it('has workflows that GitHub\'s workflow parser accepts, and it rejects a broken one', async () => {
    const names = fs.readdirSync(WORKFLOWS).filter((n) => n.endsWith('.yml'));
    assert.deepEqual(names.sort(), ['catalog.yml', 'ci.yml']);
    for (const name of names) assert.deepEqual((await workflow(name)).errors, [], name);
    const broken = await workflow('broken.yml', 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: bash .ci/run\n');
    assert.match(broken.errors.join('\n'), /Unexpected value 'stepz'/);
  });

  it('runs bash .ci/run on every push and pull request', async () => {
    const { yaml } = await workflow('ci.yml');
    assert.deepEqual(Object.keys(yaml.on).sort(), ['pull_request', 'push']);
    assert.equal(yaml.on.push, null, 'no branch filter: every push');
    assert.equal(yaml.on.pull_request, null, 'no branch filter: every pull request');
    const steps = Object.values(yaml.jobs as Record<string, { steps: { run?: string }[] }>).flatMap((job) => job.steps);
    assert.ok(steps.some((s) => s.run === 'bash .ci/run'));
  });

  it('publishes dist/catalog with GitHub Pages from main only', async () => {
    const { yaml } = await workflow('catalog.yml');
    assert.deepEqual(yaml.on.push, { branches: ['main'] });
    const steps: { run?: string; uses?: string; with?: { path?: string } }[] = yaml.jobs.build.steps;
    assert.ok(steps.some((s) => s.run === 'npm run build'));
    assert.equal(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path, 'dist/catalog');
    assert.ok((yaml.jobs.deploy.steps as { uses?: string }[]).some((s) => s.uses?.startsWith('actions/deploy-pages@')));
  });

  it('has issue forms and a chooser config that match their schemas, with unique field ids', () => {
    const ajv = new Ajv({ allErrors: true });
    const checkForm = ajv.compile(issueFormSchema);
    const forms = fs.readdirSync(FORMS).filter((n) => n !== 'config.yml');
    assert.deepEqual(forms.sort(), [REPORT_PROBLEM_FORM, SUGGEST_SERVICE_FORM].sort());
    for (const name of forms) {
      const form = readForm(name);
      assert.ok(checkForm(form), `${name}: ${ajv.errorsText(checkForm.errors)}`);
      const ids = form.body.flatMap((e: { id?: string }) => (e.id ? [e.id] : []));
      assert.equal(new Set(ids).size, ids.length, `${name}: field ids repeat`);
    }
    const checkConfig = ajv.compile(issueConfigSchema);
    assert.ok(checkConfig(parseYaml(fs.readFileSync(`${FORMS}/config.yml`, 'utf8'))), ajv.errorsText(checkConfig.errors));
    // The schema is strict: a misspelt key fails.
    assert.equal(checkForm({ name: 'x', description: 'y', body: [{ type: 'input', id: 'a', attributes: { lable: 'A' } }] }), false);
  });

  it('fills, from the popup, exactly fields the issue forms have (service id and host, then problem and source by hand)', () => {
    const links = [reportRuleUrl('https://tracker.example.org/issues', 'skype', 'web.skype.com'), suggestServiceUrl('https://tracker.example.org/issues', 'chat.example.org')];
    for (const link of links) {
      const params = new URL(link).searchParams;
      const form = readForm(params.get('template')!);
      const fields = form.body.filter((e) => e.type === 'input' || e.type === 'textarea').map((e) => e.id);
      const filled = [...params.keys()].filter((k) => k !== 'template' && k !== 'title');
      assert.ok(filled.length > 0);
      for (const key of filled) assert.ok(fields.includes(key), `${params.get('template')} has no field "${key}"`);
      for (const id of ['problem', 'source']) assert.ok(fields.includes(id), `${params.get('template')} asks for no ${id}`);
    }
    assert.deepEqual([...new URL(links[0]!).searchParams.keys()], ['template', 'title', 'service', 'host']);
  });

  it('has a pull-request template with CONTRIBUTING\'s review checklist, line for line', () => {
    const checklist = (text: string) => text.split('\n').filter((l) => l.startsWith('- [ ] '));
    const contributing = fs.readFileSync('CONTRIBUTING.md', 'utf8');
    const fromContributing = checklist(contributing.slice(contributing.indexOf('## Review checklist')));
    assert.ok(fromContributing.length >= 5);
    assert.deepEqual(checklist(fs.readFileSync('.github/pull_request_template.md', 'utf8')), fromContributing);
  });

  it('takes every project link from package.json repository, which a fork changes in one place', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const links = projectLinks(pkg);
    assert.equal(links.issues, `${links.repository}/issues`);
    assert.match(links.repository, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    assert.deepEqual(projectLinks({ repository: { url: 'git+https://codeberg.org/fork/forewarn.git' } }), {
      repository: 'https://codeberg.org/fork/forewarn',
      issues: 'https://codeberg.org/fork/forewarn/issues',
    });
    assert.equal(projectLinks({ repository: 'fork/forewarn', bugs: { url: 'https://tracker.example.org/' } }).issues, 'https://tracker.example.org');
    assert.throws(() => projectLinks({}), /no "repository"/);
    // No other file spells the address out: it is built from package.json.
    for (const file of ['README.md', 'CONTRIBUTING.md', 'src/popup/index.tsx', 'scripts/lib/build-extension.ts']) {
      assert.ok(!fs.readFileSync(file, 'utf8').includes(links.repository), `${file} repeats ${links.repository}`);
    }
  });
});
