// The renderer is served from app://review-desk/…, a privileged standard scheme registered with
// protocol.handle (see main.ts), not from file://. Why: loadFile's file URL depends on how Chromium
// escapes the install path (`[ ] | %`, spaces, non-ASCII), so comparing it with pathToFileURL() refused
// every IPC call on some install paths; and file:// pages get privileges (reading other local files)
// that the GrantFileProtocolExtraPrivileges fuse turns off. The app scheme's URL never contains the
// install path, so the IPC sender check is an exact comparison of scheme and host.
//
// Plain Node (Request/Response are globals): unit-tested without Electron (app-scheme.test.ts).
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'review-desk';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What protocol.registerSchemesAsPrivileged needs: standard (origin, relative URLs), secure (a secure
 *  context, like https), fetch and module scripts allowed, no service workers, no CORS bypass. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  allowServiceWorkers: false,
  bypassCSP: false,
  corsEnabled: false,
  stream: false,
  codeCache: true,
} as const;

/** The renderer's Content-Security-Policy, sent with every page the scheme serves. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** True for a URL of the app's own pages (any path on app://review-desk). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** The file under root a request names, or null (another host, traversal, an encoded separator). */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try { parsed = new URL(url); } catch { return null; }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try { pathname = decodeURIComponent(parsed.pathname); } catch { return null; }
  // An encoded slash/backslash or NUL is never a file the renderer asks for.
  if (/[\\\0]/.test(pathname) || /%2f|%5c/i.test(parsed.pathname)) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${pathname}`);
  const rel = relative(base, file);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}

/** protocol.handle's handler for the app scheme: files from root (dist/renderer), GET only. */
export function createAppSchemeHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405 });
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('not found', { status: 404 });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response('not found', { status: 404 });
    }
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (extname(file).toLowerCase() === '.html') headers['Content-Security-Policy'] = CSP;
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
