// Browser mode's front door: a loopback HTTP server that serves the built renderer and answers the
// page's calls (the e2e specs, the benchmarks and the Chromium app of `npm start` all use it).
// Why not Playwright's page.route, as before: any route makes Chromium pause every request and hand it
// to Node over the DevTools pipe, bodies base64-encoded (the 364 KB shell script took ~145 ms to arrive,
// the library's first rows waited behind it), and it turns the HTTP cache off, so no start ever reused
// compiled code. Served here, the page loads like any web app and a call is one local round trip.
// Only the app's page can call: each call carries a random token the page got through the DevTools pipe
// (Playwright's init script), never through the network; a request naming another host is refused (a
// web page in another browser cannot rebind a name to 127.0.0.1 and read the renderer), and nothing
// answers a cross-origin preflight, so no other origin can send the token's header at all.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Where the page posts its calls: `${INVOKE_PATH}?channel=<domain:verb>`, the argument as JSON. */
export const INVOKE_PATH = '/__rd/invoke';
/** The header a call carries its token in. */
export const TOKEN_HEADER = 'x-rd-token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

export interface AppServerOptions {
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The Content-Security-Policy sent with the HTML. */
  csp: string;
  /** Answers one call: the channel and the argument's JSON text, the result's JSON text. */
  invoke: (channel: string | null, argJson: string) => Promise<string>;
  /** A port to listen on (the Chromium app keeps its origin, and with it the page's storage, between
   *  starts); 0 or absent: any free port. A taken port falls back to a free one (see `port`). */
  port?: number;
}

export interface AppServer {
  /** http://127.0.0.1:<port>: a secure context for Chromium (loopback), like the desktop app's scheme. */
  origin: string;
  port: number;
  /** The secret the page's calls must carry. */
  token: string;
  close(): Promise<void>;
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const token = randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;
  const rendererRoot = normalize(options.rendererDir + sep);

  const tokenMatches = (value: string | string[] | undefined): boolean => {
    if (typeof value !== 'string') return false;
    const given = Buffer.from(value);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  async function answerCall(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405);
    // Refused before the body is read: an unauthenticated caller cannot make the app buffer anything.
    if (!tokenMatches(request.headers[TOKEN_HEADER])) return refuse(response, 403);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = await options.invoke(url.searchParams.get('channel'), Buffer.concat(chunks).toString('utf8') || '{}');
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(body);
  }

  async function serveFile(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);
    let path: string;
    try { path = decodeURIComponent(url.pathname); } catch { return refuse(response, 400); }
    const file = normalize(join(rendererRoot, path === '/' ? 'index.html' : path));
    if (!file.startsWith(rendererRoot)) return refuse(response, 403);
    let body: Buffer;
    try { body = await readFile(file); } catch { return refuse(response, 404); }
    const ext = extname(file);
    response.writeHead(200, {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      // The build names its assets by their content: they never change, so the browser keeps them and
      // its compiled code between starts; the HTML that names them is asked for again each time.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(ext === '.html' && { 'Content-Security-Policy': options.csp }),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    // Only requests that name this server itself: a DNS-rebound name (evil.example → 127.0.0.1) is not us.
    if (request.headers.host !== `127.0.0.1:${port}`) return refuse(response, 421);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const answering = url.pathname === INVOKE_PATH ? answerCall(request, response, url) : serveFile(request, response, url);
    answering.catch((error: unknown) => {
      console.error('[app-server]', error);
      if (!response.headersSent) refuse(response, 500); else response.destroy();
    });
  });
  port = await listen(server, options.port ?? 0).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE' && options.port) return listen(server, 0);
    throw error;
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    token,
    close: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}

/** Listens on 127.0.0.1:`port` (0: any free one); the port it got. */
async function listen(server: Server, port: number): Promise<number> {
  server.listen(port, '127.0.0.1');
  await once(server, 'listening'); // rejects with the server's 'error' (a taken port)
  return (server.address() as AddressInfo).port;
}

function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(String(status));
}
