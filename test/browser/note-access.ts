/**
 * How the tests reach the note's closed shadow root, which page scripts
 * cannot: Chromium through the DevTools protocol (DOM.describeNode with
 * `pierce` lists closed roots), Firefox through WebDriver BiDi (a node
 * serialised with `includeShadowTree: 'all'` carries its closed root, which
 * can then be passed back as a function argument).
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';

/** Finds the note's host among <html>'s children, as the page itself could. */
export const NOTE_HOST = `() => document.documentElement && document.documentElement.querySelector(':scope > [data-forewarn-note]')`;

/** Wraps a reader so its value crosses the protocol as one JSON string. */
function asJsonCall(reader: string): string {
  return `async function (root) { const value = await (${reader})(root, root.host); return JSON.stringify(value === undefined ? null : value); }`;
}

export function chromiumNoteReader(page: Page): <T>(reader: string) => Promise<T | null> {
  let session: Promise<CDPSession> | undefined;
  return async <T>(reader: string) => {
    session ??= page.createCDPSession();
    const s = await session;
    const { result } = await s.send('Runtime.evaluate', { expression: `(${NOTE_HOST})()` });
    if (!result.objectId) return null;
    try {
      const { node } = await s.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) throw new Error('the note host has no shadow root');
      const { object } = await s.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const call = await s.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function () { return (${asJsonCall(reader)})(this); }`,
        returnByValue: true,
        awaitPromise: true,
      });
      if (call.exceptionDetails) throw new Error(`the note reader threw: ${call.exceptionDetails.exception?.description ?? call.exceptionDetails.text}`);
      await s.send('Runtime.releaseObject', { objectId: object.objectId! });
      return JSON.parse(call.result.value as string) as T;
    } finally {
      await s.send('Runtime.releaseObject', { objectId: result.objectId }).catch(() => undefined);
    }
  };
}

interface BidiEvaluateResult {
  result: { type: 'success' | 'exception'; result?: { type: string; value?: unknown; handle?: string }; exceptionDetails?: { text: string } };
}
interface BidiNode {
  type: 'node';
  value?: { shadowRoot?: { sharedId?: string } | null };
}

export function firefoxNoteReader(browser: Browser, page: Page): <T>(reader: string) => Promise<T | null> {
  // puppeteer's WebDriver BiDi connection and the top frame's browsing context id.
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<BidiEvaluateResult> } }).connection;
  return async <T>(reader: string) => {
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    const found = await connection.send('script.callFunction', {
      functionDeclaration: NOTE_HOST,
      awaitPromise: false,
      target: { context },
      resultOwnership: 'root',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
    });
    const value = found.result.result;
    if (found.result.type !== 'success' || value === undefined) throw new Error(`finding the note failed: ${found.result.exceptionDetails?.text}`);
    if (value.type === 'null') return null;
    try {
      const rootId = (value as unknown as BidiNode).value?.shadowRoot?.sharedId;
      if (!rootId) throw new Error('the note host has no shadow root');
      const call = await connection.send('script.callFunction', {
        functionDeclaration: asJsonCall(reader),
        arguments: [{ sharedId: rootId }],
        awaitPromise: true,
        target: { context },
        resultOwnership: 'none',
      });
      if (call.result.type !== 'success') throw new Error(`the note reader threw: ${call.result.exceptionDetails?.text}`);
      return JSON.parse(call.result.result!.value as string) as T;
    } finally {
      if (value.handle) await connection.send('script.disown', { handles: [value.handle], target: { context } }).catch(() => undefined);
    }
  };
}
