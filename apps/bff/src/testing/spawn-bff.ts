import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_ADMIN_PASSWORD } from './harness.ts';

export interface SpawnedBff {
  process: ChildProcess;
  url: string;
  /** Kills it outright (no drain, no lease handed back), as a crash or an OOM kill would. */
  kill(): Promise<void>;
}

/** A BFF in its own process on a shared PostgreSQL, for tests that must kill one mid-work. */
export async function spawnBff(options: { databaseUrl: string; emulatorEndpoint: string }): Promise<SpawnedBff> {
  const entry = join(dirname(fileURLToPath(import.meta.url)), 'bff-process.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, DATABASE_URL: options.databaseUrl, EMULATOR_ENDPOINT: options.emulatorEndpoint, PORTICO_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { url: string }).url)));
  return {
    process: child,
    url,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Listen before killing: the exit could otherwise come first and be missed.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
