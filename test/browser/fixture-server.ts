/**
 * The loopback fixture server for the browser tests. Every host the browsers
 * ask for lands here (Chromium through --host-resolver-rules, Firefox through
 * a proxy setting), so no test reaches the internet, and every request the
 * browser makes is recorded.
 *
 * One port serves plain HTTP, TLS, proxy-style absolute URLs and CONNECT:
 * the first byte of a connection tells TLS (0x16, a ClientHello) from HTTP,
 * and the socket is piped to an internal HTTP or HTTPS listener.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { fixturePage } from './fixture-pages.js';

export interface RecordedRequest {
  method: string;
  url: string;
  /** The start of the request body, for requests that have one. */
  body: string;
}

export interface FixtureServer {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const TLS_DIR = path.join(process.cwd(), 'test/fixtures/tls');

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const handler = (scheme: 'http' | 'https') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Through a proxy, requests come in absolute form; otherwise the Host header names the site.
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'unknown.invalid'}`);
    const recorded: RecordedRequest = { method: req.method ?? 'GET', url: url.href, body: '' };
    requests.push(recorded);
    req.on('data', (chunk: Buffer) => {
      if (recorded.body.length < 4096) recorded.body += chunk.toString('utf8');
    });
    const page = fixturePage(url);
    res.writeHead(page.status, { 'content-type': page.type, 'cache-control': 'no-store', ...page.headers });
    res.end(page.body);
  };
  const httpServer = http.createServer(handler('http'));
  const httpsServer = https.createServer(
    { key: fs.readFileSync(path.join(TLS_DIR, 'key.pem')), cert: fs.readFileSync(path.join(TLS_DIR, 'cert.pem')) },
    handler('https'),
  );
  httpServer.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    requests.push({ method: 'CONNECT', url: `https://${req.url ?? ''}/`, body: '' });
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    pipeTo(httpsPort, socket, head);
  });
  const [httpPort, httpsPort] = await Promise.all([listen(httpServer), listen(httpsServer)]);

  const front = net.createServer((socket) => {
    socket.once('data', (first: Buffer) => pipeTo(first[0] === 0x16 ? httpsPort : httpPort, socket, first));
    socket.on('error', () => socket.destroy());
  });
  const port = await listen(front);

  const sockets = new Set<net.Socket>();
  for (const server of [front, httpServer, httpsServer]) {
    server.on('connection', (s: net.Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
  }
  function pipeTo(target: number, socket: net.Socket, first: Buffer): void {
    const upstream = net.connect(target, '127.0.0.1', () => {
      if (first.length) upstream.write(first);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
  }

  return {
    port,
    requests,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([front, httpServer, httpsServer].map((s) => new Promise((r) => s.close(r))));
    },
  };
}
