/**
 * Renders preact components into a jsdom document for tests: preact and its
 * hooks reach for the global window and document, so those are set for the
 * duration of a test and removed after.
 */
import { JSDOM } from 'jsdom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const GLOBALS = ['window', 'document', 'Node', 'Event', 'HTMLElement', 'HTMLInputElement', 'requestAnimationFrame', 'cancelAnimationFrame'] as const;

export async function renderInDom(tree: ComponentChild): Promise<{ root: HTMLElement; dom: JSDOM; cleanup(): void }> {
  const dom = new JSDOM('<!doctype html><html><body><main id="app"></main></body></html>', { pretendToBeVisual: true, url: 'https://extension.invalid/options.html' });
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(GLOBALS.map((k) => [k, g[k]]));
  for (const k of GLOBALS) g[k] = (dom.window as unknown as Record<string, unknown>)[k];
  const root = dom.window.document.getElementById('app')!;
  await act(async () => {
    render(tree, root);
  });
  return {
    root,
    dom,
    cleanup() {
      render(null, root);
      for (const k of GLOBALS) g[k] = saved[k];
      dom.window.close();
    },
  };
}

/** Lets pending promises and effects run. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}
