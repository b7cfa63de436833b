/**
 * A per-response style nonce, for a Content-Security-Policy without 'unsafe-inline' for styles.
 * The server that serves index.html may add `<meta property="csp-nonce" nonce="…">` (Vite's
 * convention) and list the same nonce in `style-src`. Mantine's <style> elements take it
 * through MantineProvider's getStyleNonce; the modal's scroll lock (react-remove-scroll, via
 * get-nonce) reads the `__webpack_nonce__` global, which is set here once at start.
 */
declare global {
  var __webpack_nonce__: string | undefined;
}

let cached: string | undefined;

export function styleNonce(): string {
  cached ??= document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
  return cached;
}

export function installStyleNonce(): void {
  const nonce = styleNonce();
  if (nonce) globalThis.__webpack_nonce__ = nonce;
}
