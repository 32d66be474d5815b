/**
 * The one typed map of messages between the content script, the popup and
 * the background. Senders and the background's handlers are both typed from
 * it, so a renamed field or message fails the type check, not a user.
 */
import type { EvidenceItem, WarningData } from './published-rules.js';

export interface MessageMap {
  /** A content script shows a page of a listed service (badge on). */
  pageShown: { request: { serviceId: string }; response: { dismissed: boolean } };
  /** A single-page app moved off the listed part of a site (badge off). */
  pageLeft: { request: Record<string, never>; response: null };
  /** The user dismissed the warning for a service until the browser restarts. */
  dismiss: { request: { serviceId: string }; response: null };
  /** A warning was shown: in "first visit" mode the next visits show the badge only. */
  markSeen: { request: { serviceId: string }; response: null };
  /** Name, link and licence of alternatives, for the warning on a user rule's host. */
  alternativesInfo: { request: { ids: string[] }; response: AlternativeInfo[] };
  /** "All details" in the note: open the service's details page in a new tab. */
  openDetails: { request: { serviceId: string }; response: null };
  /** "Why?" in the note: the service's claims with their first sources, from the rules.json shipped once. */
  evidence: { request: { serviceId: string }; response: EvidenceItem[] };
  /** The notes for a page's host, asked only while storage does not hold them yet (just installed or updated). */
  warnings: { request: { hostname: string }; response: WarningData[] };
}

export interface AlternativeInfo {
  id: string;
  name: string;
  homepage: string;
  license: string;
}

export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K]['request'];
export type Response<K extends MessageName> = MessageMap[K]['response'];
export type Message = { [K in MessageName]: { type: K } & Request<K> }[MessageName];

export interface Sender {
  tabId?: number;
}

export type Handlers = {
  [K in MessageName]: (request: Request<K>, sender: Sender) => Promise<Response<K>>;
};

/** Routes a message to its handler; anything not in the map is refused. */
export function dispatch(handlers: Handlers, message: unknown, sender: Sender): Promise<unknown> {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) {
    return Promise.reject(new Error(`unknown message ${JSON.stringify(type)}`));
  }
  const handler = handlers[type as MessageName] as (request: unknown, sender: Sender) => Promise<unknown>;
  return handler(message, sender);
}

/** The background's answer on the wire: the handler's result, or the message of its failure. */
export type Reply = { ok: unknown } | { failed: string };

/** A reply back into the handler's result; a failure, or no answer at all, becomes an Error naming the message. */
export function unwrapReply(type: MessageName, reply: unknown): unknown {
  if (reply === null || typeof reply !== 'object') throw new Error(`No answer to the message "${type}".`);
  if ('failed' in reply) throw new Error(String((reply as { failed: unknown }).failed));
  return (reply as { ok?: unknown }).ok;
}
