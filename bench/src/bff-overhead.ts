import { listPageCalls } from './list-page.ts';
import { cpuSeconds, runTs, signIn, stopProcess, waitFor, type Stack } from './processes.ts';
import { sdkClient } from './sdk.ts';
import { ms, percentile, ratio, timeCalls, type Row } from './stats.ts';

const RUNS = 300;
const WARMUP = 30;

/**
 * Listing VPC authorizations through the BFF against the official SDK doing the same cloud work
 * directly, and against a bare loopback HTTP hop in front of the same SDK calls (what any extra
 * hop costs). All sequential, so it measures latency, not throughput.
 */
export async function bffOverhead(stack: Stack): Promise<Row[]> {
  const sdk = sdkClient(stack.emulatorEndpoint);
  const direct = () => listPageCalls(sdk);
  const { cookie } = await signIn(stack.bffUrl);
  const throughBff = async () => {
    const response = await fetch(`${stack.bffUrl}/api/vpc-authorizations?page=1&pageSize=20`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`BFF answered ${response.status}`);
    await response.json();
  };
  const hopPort = 8421;
  const hop = runTs('bench/src/bare-hop.ts', { HOP_PORT: String(hopPort), HOP_EMULATOR_ENDPOINT: stack.emulatorEndpoint });
  try {
    await waitFor(`http://127.0.0.1:${hopPort}/`);
    const throughHop = async () => {
      const response = await fetch(`http://127.0.0.1:${hopPort}/`);
      if (response.status !== 200) throw new Error(`bare hop answered ${response.status}`);
      await response.json();
    };
    const sides = [direct, throughHop, throughBff];
    // The server side's own CPU while its pages ran: the hop's process and the BFF's (none for the SDK direct).
    const servers = [undefined, hop.pid, stack.bffPid];
    for (const side of sides) await timeCalls(WARMUP, 1, side);
    // Interleaved halves, so drift on a busy machine hits every side alike.
    const times: number[][] = sides.map(() => []);
    const cpu = sides.map(() => 0);
    for (let half = 0; half < 2; half++) {
      for (const [i, side] of sides.entries()) {
        const pid = servers[i];
        const before = pid ? cpuSeconds(pid) : 0;
        times[i]!.push(...(await timeCalls(RUNS / 2, 1, side)));
        cpu[i]! += pid ? cpuSeconds(pid) - before : 0;
      }
    }
    const [d, h, b] = times.map((t) => ({ p50: percentile(t, 50), p99: percentile(t, 99) })) as [Quantiles, Quantiles, Quantiles];
    const [, hopCpu, bffCpu] = cpu.map((seconds) => (seconds * 1000) / RUNS) as [number, number, number];
    const name = 'BFF overhead (list page, 20 rows + counts)';
    return [
      { benchmark: name, measure: 'p50', value: ms(b.p50), baseline: `${ms(d.p50)} SDK direct`, ratio: ratio(b.p50, d.p50), goal: '≤ 1.3x' },
      { benchmark: name, measure: 'p99', value: ms(b.p99), baseline: `${ms(d.p99)} SDK direct`, ratio: ratio(b.p99, d.p99) },
      { benchmark: name, measure: 'p50, bare loopback hop + SDK', value: ms(h.p50), baseline: `${ms(d.p50)} SDK direct`, ratio: ratio(h.p50, d.p50) },
      { benchmark: name, measure: 'p50, BFF against the bare hop (ours)', value: ms(b.p50), baseline: `${ms(h.p50)} bare hop`, ratio: ratio(b.p50, h.p50) },
      { benchmark: name, measure: 'server CPU per page, BFF against the bare hop', value: ms(bffCpu), baseline: `${ms(hopCpu)} bare hop`, ratio: ratio(bffCpu, hopCpu) },
    ];
  } finally {
    await stopProcess(hop);
  }
}

interface Quantiles {
  p50: number;
  p99: number;
}
