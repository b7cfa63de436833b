/** Types for postgres.mjs, which the benchmarks (TypeScript) use as the tests do. */
export function startPostgres(): { url: string; stop(): void } | undefined;
