import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './processes.ts';

/**
 * Builds the SPA (the web package's own `vite build`) into a directory of the benchmark's: the
 * tests or a running console may be serving apps/web/dist, and rewriting it under them breaks them.
 */
export function buildWeb(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'portico-bench-web-'));
  const result = spawnSync('npx', ['--yes', 'pnpm@10.34.8', '--filter', '@portico/web', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the web build failed (exit ${result.status})`);
  return outDir;
}

export interface JsSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

/** Sizes of the named files of the build (paths as the browser asks for them: /assets/x.js). */
export function jsSize(distDir: string, paths: Iterable<string>): JsSize {
  let files = 0;
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const path of new Set(paths)) {
    const content = readFileSync(join(distDir, path.replace(/^\//, '')));
    files += 1;
    rawBytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { files, rawBytes, gzipBytes };
}

/** What index.html makes every visitor load before any route: its scripts and modulepreloads (the entry's static imports). */
export function entryScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...scripts, ...preloads];
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
