/** Nearest-rank percentile of a sample, in its own unit. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Row {
  benchmark: string;
  measure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  goal?: string;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

/** Times each call of `fn`, `runs` times with `concurrency` in flight; returns milliseconds per call. */
export async function timeCalls(runs: number, concurrency: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < runs) {
      next += 1;
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return times;
}

export function printTable(rows: Row[]): void {
  const headers = ['benchmark', 'measure', 'value', 'baseline', 'ratio', 'goal'] as const;
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => (r[h] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(`${line([...headers])}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of rows) process.stdout.write(`${line(headers.map((h) => row[h] ?? ''))}\n`);
}
