import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeJsonSyntaxError, findJsonSyntaxError } from '../../src/core/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON, whatever its shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        assert.equal(findJsonSyntaxError(JSON.stringify(value, null, indent)), null);
      }),
    );
  });

  it('agrees with JSON.parse on whether a mangled text is valid', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom(',', ']', '}', '"', ' ', '', "'", '/'), (value, at, insert) => {
        const text = JSON.stringify(value, null, 1);
        const i = at % (text.length + 1);
        const mangled = text.slice(0, i) + insert + text.slice(i);
        let parses = true;
        try {
          JSON.parse(mangled);
        } catch {
          parses = false;
        }
        assert.equal(findJsonSyntaxError(mangled) === null, parses, mangled);
      }),
    );
  });

  it('points at a trailing comma, with the line and a caret under it', () => {
    const text = '{\n  "hosts": [\n    "a.example.com",\n  ]\n}\n';
    const error = findJsonSyntaxError(text)!;
    assert.deepEqual(error, { line: 3, column: 20, message: 'a comma after the last item, before "]" — JSON allows none there; delete it.' });
    assert.equal(
      describeJsonSyntaxError(text, error),
      'line 3, column 20: a comma after the last item, before "]" — JSON allows none there; delete it.\n  3 |     "a.example.com",\n    |                    ^',
    );
  });

  it('keeps tabs before the caret so it lines up in a tab-indented file', () => {
    const text = '{\n\t"id": "x",\n}';
    const error = findJsonSyntaxError(text)!;
    assert.equal(describeJsonSyntaxError(text, error).split('\n')[2], '    | \t         ^');
  });

  it('names the usual hand-editing mistakes', () => {
    const cases: [string, RegExp][] = [
      ['{"a": 1 "b": 2}', /missing comma/],
      ['{"a": "b\nc"}', /never closed/],
      ['{"a": "\\x"}', /unknown escape/],
      ['\uFEFF{}', /byte-order mark/],
      ['{} {}', /text after the end/],
      ['', /file ends/],
      ['{"a" 1}', /without ":"/],
      ['[01]', /missing comma/],
      ['{"a": True}', /the word True without quotes/],
    ];
    for (const [text, expected] of cases) assert.match(findJsonSyntaxError(text)?.message ?? 'no error', expected, text);
  });
});
