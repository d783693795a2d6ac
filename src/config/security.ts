/**
 * The Content-Security-Policy of every page, in a `<meta>` element (and, with `frame-ancestors`, in
 * the `_headers` file the build writes). Pages hold no inline script or style: everything they run
 * or style with comes from the site's own files, so no hash is needed. Pagefind needs WebAssembly
 * compilation; the service worker is a same-origin worker; the map's locator images are data URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
].join('; ');
