import { availableParallelism, cpus, totalmem } from 'node:os';

/** What the figures were measured on: they mean little without it. */
export function machineDescription(): string {
  const model = cpus()[0]?.model.trim() || 'unknown CPU';
  const ramGb = (totalmem() / 1024 ** 3).toFixed(1);
  return `${model}, ${availableParallelism()} cores, ${ramGb} GB RAM, Node ${process.version} (${process.platform} ${process.arch})`;
}
