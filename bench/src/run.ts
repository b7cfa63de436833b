import { bffOverhead } from './bff-overhead.ts';
import { consoleFirstLoad } from './console-first-load.ts';
import { emulatorSpeed } from './emulator-speed.ts';
import { footprint } from './footprint.ts';
import { machineDescription } from './machine.ts';
import { startStack, type Stack } from './processes.ts';
import { sseFanout } from './sse-fanout.ts';
import { printTable, type Row } from './stats.ts';
import { throttledBuild } from './throttled-build.ts';
import { throttledCloud } from './throttled-cloud.ts';

/**
 * `pnpm bench [-- name…]`: every benchmark, or the ones named. Each starts its own emulator and
 * BFF (ports 94xx / 84xx, loopback) so none inherits another's state, and each compares with a
 * baseline measured in the same run. Figures are printed, never asserted: the exit code says only
 * whether a benchmark crashed.
 */
async function withStack(emulatorPort: number, bffPort: number, run: (stack: Stack) => Promise<Row[]>): Promise<Row[]> {
  const stack = await startStack({ emulatorPort, bffPort });
  try {
    return await run(stack);
  } finally {
    await stack.stop();
  }
}

const benchmarks: Record<string, () => Promise<Row[]>> = {
  'bff-overhead': () => withStack(9401, 8401, bffOverhead),
  'sse-fanout': () => withStack(9402, 8402, sseFanout),
  'throttled-cloud': () => withStack(9403, 8403, throttledCloud),
  'emulator-speed': () => withStack(9404, 8404, emulatorSpeed),
  // Its own stack on a seed ×20 (9405/8405).
  'throttled-build': () => throttledBuild(),
  // Builds the web and starts its own stacks (9410/8410, 9411/8411).
  'console-first-load': () => consoleFirstLoad(),
  // Its own emulator and BFF starts (9412/8412), and PostgreSQL on 54339 when there is one.
  footprint: () => footprint(),
};

const asked = process.argv.slice(2).filter((a) => a !== '--');
const unknown = asked.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}\n`);
  process.exit(2);
}

const rows: Row[] = [];
let crashed = false;
for (const name of asked.length > 0 ? asked : Object.keys(benchmarks)) {
  process.stderr.write(`running ${name}…\n`);
  const started = performance.now();
  try {
    rows.push(...(await benchmarks[name]!()));
  } catch (error) {
    crashed = true;
    const message = error instanceof Error ? error.message : String(error);
    rows.push({ benchmark: name, measure: 'CRASHED', value: message.split('\n')[0]!.slice(0, 160) });
    process.stderr.write(`${name} crashed: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
  }
  process.stderr.write(`${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

process.stdout.write(`\nMachine: ${machineDescription()}\n\n`);
printTable(rows);
process.exit(crashed ? 1 : 0);
