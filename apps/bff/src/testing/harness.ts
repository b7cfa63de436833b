import {
  DEMO_ALIBABA_ACCESS_KEY_ID,
  DEMO_ALIBABA_ACCESS_KEY_SECRET,
  DEMO_HUAWEI_ACCESS_KEY_ID,
  DEMO_HUAWEI_PROJECT_ID,
  DEMO_HUAWEI_REGION,
  DEMO_HUAWEI_SECRET_ACCESS_KEY,
  DEMO_REGION,
} from '@portico/cloud-emulator/config';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@portico/cloud-emulator/server';
import type { Role } from '@portico/contracts/auth';
import type { Profile } from '../clouds/profiles.ts';
import { createLogger } from '../logger.ts';
import { Secret } from '../secret.ts';
import { start, type RunningBff, type StartOptions } from '../server.ts';
import { ApiClient, type ApiResponse } from './client.ts';
import { ephemeralStore } from './store.ts';

export const TEST_ADMIN_PASSWORD = 'test-admin-password-1';
export const TEST_PASSWORD = 'correct-horse-battery';

export interface Harness {
  emulator: RunningEmulator;
  bff: RunningBff;
  /** Signed in as the first admin. */
  admin: ApiClient;
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  /** A new person with this role, signed in. */
  signedInAs(role: Role): Promise<ApiClient>;
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

/** The emulator's Huawei side as a profile: its base URL, project and demo AK/SK. */
export function emulatorHuaweiProfile(emulator: RunningEmulator): Profile {
  return {
    id: 'huawei-emulator',
    cloud: 'huawei',
    name: 'Huawei Cloud (emulator)',
    region: DEMO_HUAWEI_REGION,
    endpoint: emulator.url,
    projectId: DEMO_HUAWEI_PROJECT_ID,
    accessKeyId: DEMO_HUAWEI_ACCESS_KEY_ID,
    accessKeySecret: new Secret(DEMO_HUAWEI_SECRET_ACCESS_KEY),
    emulated: true,
  };
}

export const emulatorProfiles = (emulator: RunningEmulator): Profile[] => [emulatorProfile(emulator), emulatorHuaweiProfile(emulator)];

export const quickBffOptions = (emulator: RunningEmulator): StartOptions => ({
  port: 0,
  profiles: emulatorProfiles(emulator),
  logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  runner: { minIntervalMs: 30, maxIntervalMs: 200, sweepIntervalMs: 500, leaseTtlMs: 3_000 },
  alibaba: { timeoutMs: 3_000, retry: { attempts: 4, baseDelayMs: 20, maxDelayMs: 100 } },
  huawei: { timeoutMs: 3_000, retry: { attempts: 4, baseDelayMs: 20, maxDelayMs: 100 } },
  adminPassword: TEST_ADMIN_PASSWORD,
});

let userCounter = 0;

/** A real emulator and a real BFF on loopback ports, in-memory database, quick task steps. */
export async function startHarness(options: { emulator?: EmulatorOptions; bff?: Partial<StartOptions>; signInAdmin?: boolean } = {}): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, taskStepMs: 40, ...options.emulator });
  const store = await ephemeralStore();
  const bff = await start({ ...quickBffOptions(emulator), databaseUrl: store.databaseUrl, ...options.bff }).catch(async (error: unknown) => {
    await emulator.close();
    await store.cleanup();
    throw error;
  });
  const admin = new ApiClient(bff.url);
  // With a PUBLIC_URL, changes must come from its origin, as a browser there would send them.
  if (options.bff?.publicUrl) admin.defaultHeaders = { origin: options.bff.publicUrl };
  if (options.signInAdmin !== false) {
    const signedIn = await admin.signIn('admin', options.bff?.adminPassword ?? TEST_ADMIN_PASSWORD);
    if (signedIn.status !== 200) throw new Error(`admin sign-in failed: ${signedIn.text}`);
  }
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
    admin,
    api: (method, path, body, headers) => admin.request(method, path, body, headers),
    signedInAs: async (role) => {
      const username = `${role}-${++userCounter}-${Date.now()}`;
      const created = await admin.request('POST', '/api/users', { username, displayName: `Test ${role}`, role, password: TEST_PASSWORD });
      if (created.status !== 201) throw new Error(`creating ${role} failed: ${created.text}`);
      const client = new ApiClient(bff.url);
      await client.signIn(username, TEST_PASSWORD);
      return client;
    },
    emulatorHook,
    close: async () => {
      await bff.stop();
      await emulator.close();
      await store.cleanup();
    },
  };
}
