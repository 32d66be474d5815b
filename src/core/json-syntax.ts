/**
 * Where a JSON text breaks, and what to do about it, for people editing rule
 * files by hand. `JSON.parse` says "Unexpected token ']'" with no line or
 * column, and nothing about the usual cause (a trailing comma), so when it
 * fails this small scanner walks the text again and names the first mistake
 * by line and column, with the line itself and a caret under the spot.
 * It is only run on files that already failed to parse, so it favours clear
 * messages over speed.
 */
export interface JsonSyntaxError {
  /** 1-based line and column (in UTF-16 code units, as editors count them). */
  line: number;
  column: number;
  /** What is wrong there, ending with what to do. */
  message: string;
}

class Failure {
  constructor(readonly offset: number, readonly message: string) {}
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

class Scanner {
  i = 0;
  constructor(private readonly s: string) {}

  private fail(offset: number, message: string): never {
    throw new Failure(offset, message);
  }

  private space(): void {
    const s = this.s;
    while (this.i < s.length && ' \t\n\r'.includes(s[this.i]!)) this.i++;
    if (s[this.i] === '/' && (s[this.i + 1] === '/' || s[this.i + 1] === '*')) {
      this.fail(this.i, 'a comment — JSON has no comments; delete it.');
    }
  }

  document(): void {
    if (this.s.charCodeAt(0) === 0xfeff) this.fail(0, 'an invisible byte-order mark starts the file — save it as UTF-8 without BOM.');
    this.value();
    this.space();
    if (this.i < this.s.length) this.fail(this.i, 'text after the end of the JSON — delete it (one file holds one object).');
  }

  private value(): void {
    this.space();
    const c = this.s[this.i];
    if (c === undefined) this.fail(this.i, 'the file ends where a value should be — finish the value and close every open "[" and "{".');
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === "'") this.fail(this.i, 'text in single quotes — JSON needs double quotes: "like this".');
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    WORD.lastIndex = this.i;
    const word = WORD.exec(this.s)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.i += word.length;
      return;
    }
    if (word) this.fail(this.i, `the word ${word} without quotes — text needs double quotes: "${word}".`);
    this.fail(this.i, `an unexpected "${c}" where a value should be — write a value ("text", a number, true, false, null, [ ] or { }).`);
  }

  private object(): void {
    this.i++;
    this.space();
    if (this.s[this.i] === '}') return void this.i++;
    for (;;) {
      this.space();
      const c = this.s[this.i];
      if (c !== '"') {
        if (c === undefined) this.fail(this.i, 'the file ends inside an object — close it with "}".');
        if (c === "'") this.fail(this.i, 'a field name in single quotes — JSON needs double quotes: "name".');
        WORD.lastIndex = this.i;
        const word = WORD.exec(this.s)?.[0];
        if (word) this.fail(this.i, `the field name ${word} without quotes — write it in double quotes: "${word}".`);
        this.fail(this.i, `an unexpected "${c}" where a field name should be — write "name": value.`);
      }
      this.string();
      this.space();
      if (this.s[this.i] !== ':') this.fail(this.i, 'a field name without ":" after it — write "name": value.');
      this.i++;
      this.value();
      this.space();
      const next = this.s[this.i];
      if (next === '}') return void this.i++;
      if (next === ',') {
        const comma = this.i++;
        this.space();
        if (this.s[this.i] === '}') this.fail(comma, 'a comma after the last field, before "}" — JSON allows none there; delete it.');
        continue;
      }
      if (next === undefined) this.fail(this.i, 'the file ends inside an object — close it with "}".');
      this.fail(this.i, 'a missing comma before this field — add "," after the previous value.');
    }
  }

  private array(): void {
    this.i++;
    this.space();
    if (this.s[this.i] === ']') return void this.i++;
    for (;;) {
      this.value();
      this.space();
      const next = this.s[this.i];
      if (next === ']') return void this.i++;
      if (next === ',') {
        const comma = this.i++;
        this.space();
        if (this.s[this.i] === ']') this.fail(comma, 'a comma after the last item, before "]" — JSON allows none there; delete it.');
        continue;
      }
      if (next === undefined) this.fail(this.i, 'the file ends inside a list — close it with "]".');
      this.fail(this.i, 'a missing comma before this item — add "," after the previous item.');
    }
  }

  private string(): void {
    const start = this.i++;
    const s = this.s;
    for (;;) {
      const c = s[this.i];
      if (c === undefined || c === '\n') this.fail(start, 'text that is never closed — add the closing double quote.');
      if (c === '"') return void this.i++;
      if (c < ' ') this.fail(this.i, 'a tab or other control character inside text — write it as \\t, or delete it.');
      if (c === '\\') {
        const e = s[this.i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) this.fail(this.i, 'a \\u escape without four hex digits — write it as \\u00e9, or type the character itself.');
          this.i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e) || e === '') this.fail(this.i, `an unknown escape "\\${e}" — write \\\\ for a backslash.`);
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) this.fail(this.i, 'a number JSON cannot read — write digits such as 12 or 1.5, or put text in double quotes.');
    this.i += m[0].length;
  }
}

/** The first syntax mistake in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    new Scanner(text).document();
    return null;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    // A file that ends too early is shown at the end of its last line of content, not on an empty line.
    const before = text.slice(0, Math.min(error.offset, text.trimEnd().length));
    const line = before.split('\n').length;
    const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, message: error.message };
  }
}

/**
 * "line 11, column 15: <message>" followed by that line and a caret under
 * the column. Tabs before the column are kept, so the caret lines up.
 */
export function describeJsonSyntaxError(text: string, error: JsonSyntaxError): string {
  const source = (text.split('\n')[error.line - 1] ?? '').replace(/\r$/, '');
  const gutter = String(error.line);
  const pad = source.slice(0, error.column - 1).replace(/[^\t]/g, ' ');
  return `line ${error.line}, column ${error.column}: ${error.message}\n  ${gutter} | ${source}\n  ${' '.repeat(gutter.length)} | ${pad}^`;
}
