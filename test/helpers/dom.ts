/** A fresh jsdom window for tests of DOM code; the caller closes it. */
import { JSDOM } from 'jsdom';

export function createDom(url = 'https://www.skype.com/en/'): JSDOM {
  return new JSDOM('<!doctype html><html><head></head><body><button id="page-button">Page</button></body></html>', { url });
}

/** A translator that shows key and arguments, so tests see which string was used. */
export function fakeTranslate(key: string, substitutions?: string | string[]): string {
  const args = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return args.length ? `${key}(${args.join('|')})` : key;
}
