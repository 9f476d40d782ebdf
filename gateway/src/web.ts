import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AuthSettings, WebSettings } from '@hub/config';
import { claimsOfUser, mintToken } from '@hub/auth';
import { demoUsers } from '@hub/demo';
import { appContentSecurityPolicy, PERMISSIONS_POLICY } from './csp';

/** Where `npm run build` puts the web app, relative to this file (gateway/dist/web.js). */
export const DEFAULT_WEB_DIST = resolve(__dirname, '..', '..', 'packages', 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * The service worker (the installable app, packages/web/src/offline/): always revalidated, so a new
 * build reaches phones on their next visit, and confined to this origin by its own policy.
 */
const SERVICE_WORKER_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy': "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'",
  'service-worker-allowed': '/',
};

/** The headers of the app's HTML pages: the Content-Security-Policy and the features they may use. */
export function pageHeaders(html: string, oidcAuthority?: string): Record<string, string> {
  return {
    'content-security-policy': appContentSecurityPolicy(html, oidcAuthority ? { oidcAuthority } : {}),
    'permissions-policy': PERMISSIONS_POLICY,
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** What the web app needs to know before anyone signs in: which sign-in to offer. */
export type SignInMode =
  | { mode: 'demo' }
  | { mode: 'oidc'; authority: string; clientId: string; scope: string; redirectPath: string }
  | { mode: 'none' };

export interface WebOptions {
  nodeEnv: 'development' | 'test' | 'production';
  auth: AuthSettings;
  web: WebSettings;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage, limit = 4096): Promise<unknown> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > limit) return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function notBuiltPage(res: ServerResponse): void {
  res.writeHead(503, {
    'content-type': TYPES['.html']!,
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(
    '<!doctype html><html lang="id"><meta charset="utf-8"><title>Hub ABH Jambi</title>' +
      '<h1>Hub ABH Jambi</h1><p>Aplikasi web belum dibangun. Jalankan <code>npm run build</code> (atau <code>npm start</code>), lalu muat ulang halaman ini.</p>' +
      '<p lang="en">The web app has not been built: run <code>npm run build</code>. GraphQL is served at <code>/graphql</code> with a bearer token.</p></html>',
  );
}

/**
 * The web app's routes at the gateway: the built files (any other path answers index.html, so
 * /klien/… and /explorer load the app), the sign-in mode, and outside production a demo sign-in
 * that mints a token for a demo user. That endpoint does not exist in production at all.
 */
export function createWebHandler(options: WebOptions): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const distDir = resolve(options.web.distDir ?? DEFAULT_WEB_DIST);
  const demo = options.nodeEnv !== 'production' && !!options.auth.hs256Secret;
  const signIn: SignInMode = options.web.oidc
    ? { mode: 'oidc', ...options.web.oidc }
    : demo
      ? { mode: 'demo' }
      : { mode: 'none' };
  // Built files never change while the process runs; each is read (and gzipped) once.
  const cache = new Map<string, { body: Buffer; gzip?: Buffer; pageHeaders?: Record<string, string> }>();
  const oidcAuthority = options.web.oidc?.authority;

  function serveFile(req: IncomingMessage, res: ServerResponse, file: string): void {
    const ext = extname(file);
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      entry = COMPRESSIBLE.has(ext) && body.length > 1024 ? { body, gzip: gzipSync(body, { level: 9 }) } : { body };
      // A page's policy is computed from the built page itself: the hash of each inline script it has.
      if (ext === '.html') entry.pageHeaders = pageHeaders(body.toString('utf8'), oidcAuthority);
      cache.set(file, entry);
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // Hashed asset names change with their content; index.html must always be fresh.
    const immutable = file.startsWith(join(distDir, 'assets') + sep);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...entry.pageHeaders,
      ...(file === join(distDir, 'sw.js') ? SERVICE_WORKER_HEADERS : {}),
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : gzip ? entry.gzip : entry.body);
  }

  return async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (path === '/auth/config' && req.method === 'GET') {
      json(res, 200, signIn);
      return true;
    }
    if (demo && path === '/auth/demo-users' && req.method === 'GET') {
      json(
        res,
        200,
        demoUsers().map((u) => ({
          username: u.username,
          name: u.name,
          roles: u.roles,
          agency: u.agency,
          districts: u.districts,
        })),
      );
      return true;
    }
    if (demo && path === '/auth/demo-token' && req.method === 'POST') {
      const body = (await readJson(req)) as { username?: unknown } | undefined;
      const user = demoUsers().find((u) => u.username === body?.username);
      if (!user) {
        json(res, 400, { error: 'Pengguna demo tidak dikenal.' });
        return true;
      }
      const token = await mintToken(claimsOfUser(user), {
        secret: options.auth.hs256Secret!,
        issuer: options.auth.issuer,
        audience: options.auth.audience,
        expiresIn: '8h',
      });
      json(res, 200, { token });
      return true;
    }
    if (path.startsWith('/auth/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;

    const index = join(distDir, 'index.html');
    if (!existsSync(index)) {
      notBuiltPage(res);
      return true;
    }
    const candidate = normalize(join(distDir, path));
    if (candidate.startsWith(distDir + sep) && existsSync(candidate) && statSync(candidate).isFile()) {
      serveFile(req, res, candidate);
      return true;
    }
    // A missing hashed asset is a real 404, not the app (a stale tab would otherwise parse HTML as JS).
    if (path.startsWith('/assets/')) return false;
    serveFile(req, res, index);
    return true;
  };
}
