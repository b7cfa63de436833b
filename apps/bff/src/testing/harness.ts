import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_ALIBABA_ACCESS_KEY_SECRET, DEMO_REGION } from '@portico/cloud-emulator/config';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@portico/cloud-emulator/server';
import type { Profile } from '../clouds/profiles.ts';
import { createLogger } from '../logger.ts';
import { Secret } from '../secret.ts';
import { start, type RunningBff, type StartOptions } from '../server.ts';

export interface Harness {
  emulator: RunningEmulator;
  bff: RunningBff;
  /** JSON request against the BFF; never throws on a status. */
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown; text: string }>;
  emulatorHook(method: string, path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export function emulatorProfile(emulator: RunningEmulator, secret = DEMO_ALIBABA_ACCESS_KEY_SECRET): Profile {
  return {
    id: 'alibaba-emulator',
    cloud: 'alibaba',
    name: 'Alibaba Cloud (emulator)',
    region: DEMO_REGION,
    endpoint: emulator.endpoint,
    protocol: 'HTTP',
    accessKeyId: DEMO_ALIBABA_ACCESS_KEY_ID,
    accessKeySecret: new Secret(secret),
    emulated: true,
  };
}

/** A real emulator and a real BFF on loopback ports, in-memory database, quick task steps. */
export async function startHarness(
  options: { emulator?: EmulatorOptions; bff?: Partial<StartOptions> } = {},
): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, taskStepMs: 40, ...options.emulator });
  const bff = await start({
    port: 0,
    profiles: [emulatorProfile(emulator)],
    logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    runner: { minIntervalMs: 30, maxIntervalMs: 200, sweepIntervalMs: 500, leaseTtlMs: 3_000 },
    alibaba: { timeoutMs: 3_000, retry: { attempts: 4, baseDelayMs: 20, maxDelayMs: 100 } },
    ...options.bff,
  });
  const api: Harness['api'] = async (method, path, body, headers = {}) => {
    const response = await fetch(bff.url + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text };
  };
  const emulatorHook: Harness['emulatorHook'] = async (method, path, body) => {
    const response = await fetch(emulator.url + path, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  return {
    emulator,
    bff,
    api,
    emulatorHook,
    close: async () => {
      await bff.stop();
      await emulator.close();
    },
  };
}
