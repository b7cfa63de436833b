// The production build of the BFF: one ES module bundle of our TypeScript (the BFF, contracts and,
// in a chunk of its own loaded only in demo mode, the emulator), with every npm dependency left
// external and loaded from node_modules as usual. Why a bundle and not tsc: the workspace packages
// export their TypeScript source and import with `.ts` extensions, which plain node cannot load;
// esbuild strips the types in ~1 s without emitting a tree of files per package.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, 'dist');
const { dependencies } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
// PGlite's WebAssembly and data files, argon2's native binary and the SDKs stay in node_modules.
const external = Object.keys(dependencies).filter((name) => !name.startsWith('@portico/'));

rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  entryPoints: { main: join(here, 'src/main.ts') },
  outdir,
  bundle: true,
  // Dynamic imports become chunks: the emulator's is a file of its own that production never reads.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS inside bundled workspace code may call require(); ESM has none of its own.
  banner: { js: "import { createRequire as __porticoCreateRequire } from 'node:module'; const require = __porticoCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
writeFileSync(join(outdir, 'build-stamp.json'), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
process.stdout.write(`BFF built into ${outdir} in ${Math.round(performance.now() - started)} ms\n`);
