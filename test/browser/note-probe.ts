/**
 * Where the note's parts are drawn, and real clicks on them. The note's
 * shadow root is closed, so parts are read through ExtensionBrowser.inNote
 * (CDP in Chromium, WebDriver BiDi in Firefox; see note-access.ts); a part
 * is "hittable" when the shadow root's own hit test at the centre of its
 * first line box finds it. Clicks are the driver's mouse (CDP
 * Input.dispatchMouseEvent, BiDi input actions): trusted events that land on
 * whatever is really drawn there.
 */
import type { ExtensionBrowser } from './extension-browser.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NotePart {
  selector: string;
  box: Box;
  /** A click at the centre of the box lands on this part (or inside it). */
  hittable: boolean;
}

export interface NoteProbe {
  /** Every drawn element matching `selector` inside the note, in document order. */
  parts(selector: string): Promise<NotePart[]>;
  click(part: NotePart): Promise<void>;
  /** Scrolls the note's own scroll box (never the page) so that the n-th match of `selector` is in view, as a person would. */
  scrollIntoView(selector: string, index?: number): Promise<void>;
  dispose(): Promise<void>;
}

// The first line box: a link that wraps has several, and the centre of their union may be plain text.
const READ_PARTS = (selector: string) => `(root) => [...root.querySelectorAll(${JSON.stringify(selector)})].flatMap((el) => {
  const r = el.getClientRects()[0];
  if (!r || (r.width === 0 && r.height === 0)) return [];
  const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return [{ selector: ${JSON.stringify(selector)}, box: { x: r.x, y: r.y, width: r.width, height: r.height }, hittable: !!hit && (hit === el || el.contains(hit)) }];
})`;

export async function noteProbe(eb: ExtensionBrowser): Promise<NoteProbe> {
  return {
    async parts(selector) {
      return (await eb.inNote<NotePart[]>(READ_PARTS(selector))) ?? [];
    },
    click: ({ box }) => eb.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    async scrollIntoView(selector, index = 0) {
      await eb.inNote(`(root) => { root.querySelectorAll(${JSON.stringify(selector)})[${index}].scrollIntoView({ block: 'nearest' }); return true; }`);
    },
    dispose: async () => undefined,
  };
}
