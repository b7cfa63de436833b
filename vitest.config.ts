import { defineConfig } from 'vitest/config';

// One run over every package. The BFF suite runs twice when the test command has started a
// PostgreSQL server: on embedded PGlite and on PostgreSQL (same migrations, same tests).
const postgres = process.env.PORTICO_TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/web',
      'apps/bff',
      ...(postgres
        ? [
            {
              extends: './apps/bff/vitest.config.ts',
              root: './apps/bff',
              test: { name: 'bff-postgres', env: { PORTICO_TEST_DATABASE_URL: postgres }, sequence: { groupOrder: 2 } },
            },
          ]
        : []),
    ],
  },
});
