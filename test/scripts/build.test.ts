import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildZips } from '../../scripts/lib/zips.js';
import { PACKED_RULES_FILE, unpackRules } from '../../src/core/packed-rules.js';
import { extensionRules, readPublishedRules, RULES_FORMAT_VERSION, type PublishedRules } from '../../src/core/published-rules.js';
import { builtExtension } from '../helpers/built-extension.js';
import { readZip } from '../helpers/read-zip.js';

interface LintMessage {
  code: string;
  file?: string;
}

describe('npm run build', function () {

  it('writes both unpacked extensions with every file their manifests name', async () => {
    const { dirs, rules } = await builtExtension();
    for (const dir of Object.values(dirs)) {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      const named = [
        manifest.action.default_popup,
        ...Object.values(manifest.icons as Record<string, string>),
        ...(manifest.background.service_worker ? [manifest.background.service_worker] : manifest.background.scripts),
        ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
        'popup.js', 'popup.css', PACKED_RULES_FILE, '_locales/en/messages.json',
      ];
      for (const file of named) assert.ok(fs.existsSync(path.join(dir, file)), `${dir}/${file} is missing`);
      // One entry for the rules that exclude nothing, one for each rule that excludes a page.
      const excluding = rules.services.filter((s) => (s.exclude ?? []).length > 0).length;
      assert.ok(excluding > 0);
      assert.equal(manifest.content_scripts.length, excluding + 1);
    }
  });

  it('publishes the whole database as a versioned rules.json', async () => {
    const { outDir, rules } = await builtExtension();
    const published = readPublishedRules(JSON.parse(fs.readFileSync(path.join(outDir, 'rules.json'), 'utf8')));
    assert.equal(published.formatVersion, RULES_FORMAT_VERSION);
    assert.match(published.generated, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(published.services.map((s) => s.id), rules.services.map((s) => s.id));
    for (const service of published.services) {
      for (const id of service.alternatives) assert.ok(published.alternatives[id], `${service.id} → ${id}`);
    }
    assert.throws(() => readPublishedRules({ ...published, formatVersion: 99 }), /format version 99/);
  });

  it('ships the database inside each extension, compressed, without the notes on copies, and no plain copy beside it', async () => {
    const { outDir, dirs } = await builtExtension();
    const published = readPublishedRules(JSON.parse(fs.readFileSync(path.join(outDir, 'rules.json'), 'utf8')));
    const notes = (rules: PublishedRules) => rules.services.flatMap((s) => s.concerns.flatMap((c) => c.sources.filter((src) => src.note !== undefined)));
    assert.ok(notes(published).length > 0, 'the public database keeps its notes');
    for (const dir of Object.values(dirs)) {
      const packed = fs.readFileSync(path.join(dir, PACKED_RULES_FILE));
      const shipped = unpackRules(new Uint8Array(packed));
      assert.deepEqual(shipped, extensionRules(published), dir);
      assert.deepEqual(notes(shipped), [], dir);
      assert.equal(fs.existsSync(path.join(dir, 'rules.json')), false, `${dir} ships the claims twice`);
      // Smaller than deflate alone, or the compression is not paying for its decoder.
      assert.ok(packed.length < zlib.deflateRawSync(JSON.stringify(published), { level: 9 }).length * 0.9, `${packed.length} bytes`);
    }
  });

  it('packs both store zips with web-ext build and Zopfli, each within the 250 KB budget and holding exactly the unpacked files', async () => {
    const { outDir, dirs } = await builtExtension();
    const zips = await buildZips(process.cwd(), dirs, path.join(outDir, 'zips'));
    assert.equal(zips.length, 2);
    for (const zip of zips) {
      const size = fs.statSync(zip).size;
      assert.ok(size > 1000 && size <= 250 * 1024, `${path.basename(zip)}: ${size} bytes`);
    }
    // Repacked by Zopfli: an independent reader must find exactly the unpacked files, byte for byte.
    for (const [i, dir] of Object.values(dirs).entries()) {
      const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile());
      const entries = (await readZip(zips[i]!)).filter((e) => !e.name.endsWith('/'));
      assert.deepEqual(entries.map((e) => e.name).sort(), files.map((f) => f.split(path.sep).join('/')).sort(), dir);
      for (const entry of entries) assert.ok(entry.data.equals(fs.readFileSync(path.join(dir, entry.name))), `${dir}/${entry.name}`);
    }
  });

  it('keeps the content script within 30 KB minified, and ships each claim once: no per-service files', async () => {
    const { dirs } = await builtExtension();
    for (const dir of Object.values(dirs)) {
      const size = fs.statSync(path.join(dir, 'content.js')).size;
      assert.ok(size <= 30 * 1024, `content.js is ${size} bytes`);
      assert.equal(fs.existsSync(path.join(dir, 'services')), false, 'the notes come from rules.json, through storage');
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      for (const entry of manifest.content_scripts) assert.deepEqual(entry.js, ['content.js']);
    }
  });

  it('has no eval, new Function or remote code in any bundle, and keeps the default CSP', async () => {
    const { dirs } = await builtExtension();
    for (const dir of Object.values(dirs)) {
      const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') || f.endsWith('.html'));
      for (const file of files) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/, `${file} evaluates code`);
        assert.doesNotMatch(text, /<script[^>]+src=["']?https?:|import\s*\(\s*["'`]https?:|importScripts\s*\(\s*["'`]https?:/, `${file} loads remote code`);
      }
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      assert.equal(manifest.content_security_policy, undefined, 'the default extension CSP');
    }
  });

  it('passes web-ext lint on the Firefox build with no errors and only allowlisted warnings', async () => {
    const { dirs } = await builtExtension();
    const bin = path.join(process.cwd(), 'node_modules/.bin/web-ext');
    let stdout: string;
    try {
      stdout = execFileSync(bin, ['lint', '--source-dir', dirs.firefox, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    assert.deepEqual(report.errors, []);
    const allowlist = JSON.parse(fs.readFileSync('test/web-ext-lint-allowlist.json', 'utf8')) as (LintMessage & { reason: string })[];
    for (const entry of allowlist) assert.ok(entry.reason.length > 10, `allowlist entry ${entry.code} needs a reason`);
    const key = (m: LintMessage) => `${m.code} in ${m.file ?? '?'}`;
    // An entry's file may hold `*` (any characters but "/"): the shared chunks' names carry a content hash.
    const pattern = (entry: LintMessage) => new RegExp(`^${key(entry).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    const allowed = allowlist.map((entry) => ({ entry: key(entry), re: pattern(entry) }));
    const found = [...report.warnings, ...report.notices].map(key);
    assert.deepEqual(found.filter((k) => !allowed.some(({ re }) => re.test(k))), [], 'new lint warnings: fix them or pin them with a reason');
    assert.deepEqual(allowed.filter(({ re }) => !found.some((k) => re.test(k))).map(({ entry }) => entry), [], 'allowlist entries that no longer occur: remove them');
  });
});
