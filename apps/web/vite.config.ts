import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built SPA is served by the BFF under a strict Content-Security-Policy: everything is
 * bundled (no CDN, no web fonts, system font stack), no inline script, no eval.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      // SSE goes through the same proxy; http-proxy streams it unbuffered.
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Keep every asset a file: a data: URL would need `img-src data:` in the CSP.
    assetsInlineLimit: 0,
  },
});
