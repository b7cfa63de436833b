import { defineConfig } from 'vitest/config';

// One run over every package; each keeps its own settings in its vitest.config.ts.
export default defineConfig({
  test: { projects: ['packages/*', 'apps/*'] },
});
