/**
 * Where the note's parts are drawn, and real clicks on them. In Chromium it
 * works through CDP: `DOM.getDocument({ pierce: true })` reaches the note's
 * shadow root whether it is open or closed, `DOM.getBoxModel` says where a
 * part is drawn, `DOM.getNodeForLocation` whether it is the one a click
 * there would hit, and `Input.dispatchMouseEvent` clicks like a person
 * (`isTrusted` is true). In Firefox (WebDriver BiDi, no CDP) boxes are read
 * through the open shadow root and clicks go through BiDi input actions,
 * which are trusted too.
 */
import type { CDPSession, Page } from 'puppeteer-core';

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
  /** Scrolls the note's scroll box (not the page) so that the n-th match of `selector` is in view, as a person would. */
  scrollIntoView(selector: string, index?: number): Promise<void>;
  dispose(): Promise<void>;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findHost(node: CdpNode): CdpNode | null {
  if (node.nodeName === 'FOREWARN-WARNING') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

function descendants(node: CdpNode): Set<number> {
  const ids = new Set<number>([node.backendNodeId]);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) for (const id of descendants(child)) ids.add(id);
  return ids;
}

function byNodeId(node: CdpNode, id: number): CdpNode | null {
  if (node.nodeId === id) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = byNodeId(child, id);
    if (found) return found;
  }
  return null;
}

async function cdpProbe(page: Page): Promise<NoteProbe> {
  const cdp: CDPSession = await page.createCDPSession();
  return {
    async parts(selector) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const shadow = findHost(root)?.shadowRoots?.[0];
      if (!shadow) return [];
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
      const parts: NotePart[] = [];
      for (const nodeId of nodeIds) {
        // The first line box of the element: a link that wraps has several, and the centre of their union may be plain text.
        const quads = await cdp.send('DOM.getContentQuads', { nodeId }).catch(() => null);
        const q = quads?.quads[0];
        if (!q) continue; // not drawn (hidden)
        const box = { x: q[0]!, y: q[1]!, width: q[2]! - q[0]!, height: q[5]! - q[1]! };
        // Off-screen points have no node: not hittable.
        const hit = await cdp
          .send('DOM.getNodeForLocation', { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2), includeUserAgentShadowDOM: false, ignorePointerEventsNone: true })
          .catch(() => null);
        const node = byNodeId(root, nodeId);
        parts.push({ selector, box, hittable: hit !== null && node !== null && descendants(node).has(hit.backendNodeId) });
      }
      return parts;
    },
    async scrollIntoView(selector, index = 0) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const shadow = findHost(root)?.shadowRoots?.[0];
      if (!shadow) throw new Error('no note');
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
      const nodeId = nodeIds[index];
      if (nodeId === undefined) throw new Error(`no ${selector}`);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    },
    async click({ box }) {
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
    },
    dispose: () => cdp.detach(),
  };
}

const READ_PARTS = `(selector) => {
  const host = document.querySelector('forewarn-warning');
  const root = host && host.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll(selector)].flatMap((el) => {
    // The first line box: a link that wraps has several, and the centre of their union may be plain text.
    const r = el.getClientRects()[0];
    if (!r || (r.width === 0 && r.height === 0)) return [];
    const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return [{ selector, box: { x: r.x, y: r.y, width: r.width, height: r.height }, hittable: !!hit && (hit === el || el.contains(hit)) }];
  });
}`;

function domProbe(page: Page): NoteProbe {
  return {
    parts: (selector) => page.evaluate(`(${READ_PARTS})(${JSON.stringify(selector)})`) as Promise<NotePart[]>,
    click: ({ box }) => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    async scrollIntoView(selector, index = 0) {
      await page.evaluate(`document.querySelector('forewarn-warning').shadowRoot.querySelectorAll(${JSON.stringify(selector)})[${index}].scrollIntoView({ block: 'nearest' })`);
    },
    dispose: async () => undefined,
  };
}

export async function noteProbe(page: Page, browserName: 'chromium' | 'firefox'): Promise<NoteProbe> {
  return browserName === 'chromium' ? cdpProbe(page) : domProbe(page);
}
