// The site's security policy in one place: the Content Security Policy every page carries in
// a <meta> tag, and who may show a page in a frame, which only an HTTP header can say
// (browsers ignore frame-ancestors in <meta>). scripts/serve.ts sends these headers; a
// production server (nginx or any static host) must send the same ones: framingHeaders()
// is the rule to copy, FRAMABLE_PATHS the exceptions.
import { LANGS } from '../schema/common';
import { routes } from './routes';

// No inline script and no third-party origin may run: listings come from outside the team.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The only pages any site may put in an <iframe>: the compact service list made for that
 * (/upotus/, /sv/upotus/, /en/upotus/). Every other page refuses to be framed, so that no one
 * can dress the site up inside theirs (clickjacking).
 */
export const FRAMABLE_PATHS: readonly string[] = LANGS.map((lang) => routes.embed(lang));

/** The framing headers for a request path (without the query string). */
export function framingHeaders(pathname: string): Record<string, string> {
  const page = pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
  if (FRAMABLE_PATHS.includes(page)) return { 'Content-Security-Policy': 'frame-ancestors *' };
  // X-Frame-Options for browsers that predate frame-ancestors.
  return { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
}
