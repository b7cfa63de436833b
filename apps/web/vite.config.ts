/// <reference types="vitest/config" />
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const shim = (file: string) => fileURLToPath(new URL(`./src/lib/vendor-shims/${file}`, import.meta.url));

/**
 * codemirror-json-schema renders messages as markdown with shiki (a WebAssembly highlighter)
 * and carries JSON5 and YAML parsers: swap those modules, imported only from inside the
 * package, for small stand-ins (src/lib/vendor-shims). JSON linting and completion are untouched.
 */
function codemirrorJsonSchemaJsonOnly(): Plugin {
  const stubs: Record<string, string> = {
    '../utils/markdown': shim('codemirror-json-schema-markdown.ts'),
    './json5-parser': shim('codemirror-json-schema-other-modes.ts'),
    './yaml-parser': shim('codemirror-json-schema-other-modes.ts'),
  };
  return {
    name: 'portico:codemirror-json-schema-json-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]codemirror-json-schema[\\/]dist[\\/]/.test(importer)) return null;
      return stubs[source] ?? null;
    },
  };
}

/**
 * Source maps are written for people debugging a build, never served: after the bundle is
 * written they move from dist/ to dist-sourcemaps/, which the BFF does not serve.
 */
function sourceMapsOutsideDist(): Plugin {
  return {
    name: 'portico:source-maps-outside-dist',
    apply: 'build',
    closeBundle() {
      const dist = fileURLToPath(new URL('./dist', import.meta.url));
      const target = fileURLToPath(new URL('./dist-sourcemaps', import.meta.url));
      rmSync(target, { recursive: true, force: true });
      for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.map')) continue;
        mkdirSync(dirname(join(target, file)), { recursive: true });
        renameSync(join(dist, file), join(target, file));
      }
    },
  };
}

/**
 * The built SPA is served by the BFF under a strict Content-Security-Policy: everything is
 * bundled (no CDN, no web fonts, system font stack), no inline script, no eval.
 */
export default defineConfig({
  plugins: [react(), codemirrorJsonSchemaJsonOnly(), sourceMapsOutsideDist()],
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
    // 'hidden': no sourceMappingURL comment points at a file the server does not have.
    sourcemap: 'hidden',
    // Keep every asset a file: a data: URL would need `img-src data:` in the CSP.
    assetsInlineLimit: 0,
  },
  test: {
    // Through Vite's pipeline, so unit tests run the same swapped modules as the bundle.
    server: { deps: { inline: ['codemirror-json-schema'] } },
    setupFiles: ['./src/testing/setup-i18n.ts'],
  },
});
