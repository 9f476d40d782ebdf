import { createHash } from 'node:crypto';

/** The inline scripts of an HTML page (a `<script>` without `src`), exactly as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** The CSP source expression allowing one inline script: its SHA-256, base64. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of the app's pages (index.html, which also serves /explorer). Scripts
 * come only from this origin, plus each inline script of the built page by its hash (the caseload
 * prefetch); never 'unsafe-inline' or 'unsafe-eval' for scripts. Styles allow inline: GraphiQL's
 * dialogs add a `<style>` element when they open (the browser tier saw it refused under
 * `style-src 'self'`), the client routes share one page, and a style cannot run code. The API,
 * the sign-in routes and the service worker are this origin; with OpenID Connect on, the identity
 * provider's origin is added to connect-src (discovery, token exchange) and frame-src (silent
 * renewal). Nothing is fetched from anywhere else.
 */
export function appContentSecurityPolicy(html: string, options: { oidcAuthority?: string } = {}): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
  const issuer = options.oidcAuthority ? new URL(options.oidcAuthority).origin : undefined;
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...hashes],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(issuer ? [issuer] : [])],
    ['frame-src', ...(issuer ? [issuer] : ["'none'"])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Browser features the app never uses, switched off for its pages. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');
