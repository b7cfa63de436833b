import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts a real emulator and BFF; two cores do not want more at once.
    maxWorkers: 2,
    // Its own group (vitest wants one per maxWorkers setting): it runs after the light suites.
    sequence: { groupOrder: 1 },
  },
});
