import type { AccessKeyPair } from './core/credentials.ts';
import type { EmulatorOptions } from './server.ts';

/**
 * A documented demo AccessKey pair, accepted when no pairs are configured. It
 * only ever opens this local emulator.
 */
export const DEMO_ALIBABA_ACCESS_KEY_ID = 'LTAI5tPorticoDemoKeyId';
export const DEMO_ALIBABA_ACCESS_KEY_SECRET = 'PorticoEmulatorDemoSecret2026x';
export const DEMO_REGION = 'cn-hangzhou';

/**
 * The documented Huawei Cloud demo credentials (AK/SK, project, region and an
 * X-Auth-Token), accepted when none are configured. They only open this emulator.
 */
export const DEMO_HUAWEI_ACCESS_KEY_ID = 'PORTICODEMOHUAWEIAK01';
export const DEMO_HUAWEI_SECRET_ACCESS_KEY = 'PorticoHuaweiEmulatorDemoSecretKey2026Ab';
export const DEMO_HUAWEI_PROJECT_ID = '0c8f3a5e7b2d4f6a9e1b3d5f7a9c2e4b';
export const DEMO_HUAWEI_REGION = 'cn-north-4';
export const DEMO_HUAWEI_AUTH_TOKEN = 'MIIPorticoEmulatorDemoHuaweiToken';

/** Names of the environment variables that configure the Huawei side. */
export const EMULATOR_HUAWEI_ACCESS_KEYS = 'EMULATOR_HUAWEI_ACCESS_KEYS';
export const EMULATOR_HUAWEI_PROJECT_ID = 'EMULATOR_HUAWEI_PROJECT_ID';
export const EMULATOR_HUAWEI_AUTH_TOKENS = 'EMULATOR_HUAWEI_AUTH_TOKENS';

export const DEFAULT_STANDALONE_PORT = 9090;
export const DEFAULT_TASK_STEP_MS = 300;
export const DEFAULT_TASK_FAIL_RATIO = 0;
export const DEFAULT_SEED_SCALE = 1;

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, check: (n: number) => boolean, rule: string): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new Error(`${name} must be ${rule}`);
  return n;
}

/** Parses `id:secret[,id:secret]`; error messages never repeat a secret. */
export function parseAccessKeys(raw: string, variable = 'EMULATOR_ALIBABA_ACCESS_KEYS'): AccessKeyPair[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, i) => {
      const colon = entry.indexOf(':');
      const id = colon > 0 ? entry.slice(0, colon).trim() : '';
      const secret = colon > 0 ? entry.slice(colon + 1).trim() : '';
      if (id === '' || secret === '') {
        throw new Error(`${variable} entry ${i + 1} must be id:secret`);
      }
      return { id, secret };
    });
}

export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): EmulatorOptions {
  const options: EmulatorOptions = {
    port: number(env, 'EMULATOR_PORT', DEFAULT_STANDALONE_PORT, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number'),
    taskStepMs: number(env, 'EMULATOR_TASK_STEP_MS', DEFAULT_TASK_STEP_MS, (n) => n >= 0, 'a number of milliseconds >= 0'),
    taskFailRatio: number(env, 'EMULATOR_TASK_FAIL_RATIO', DEFAULT_TASK_FAIL_RATIO, (n) => n >= 0 && n <= 1, 'between 0 and 1'),
    seedScale: number(env, 'EMULATOR_SEED_SCALE', DEFAULT_SEED_SCALE, (n) => Number.isInteger(n) && n >= 1, 'an integer >= 1'),
  };
  const host = env.EMULATOR_HOST;
  if (host !== undefined && host.trim() !== '') options.host = host.trim();
  const keys = env.EMULATOR_ALIBABA_ACCESS_KEYS;
  if (keys !== undefined && keys.trim() !== '') options.alibabaAccessKeys = parseAccessKeys(keys);
  const huaweiKeys = env[EMULATOR_HUAWEI_ACCESS_KEYS];
  if (huaweiKeys !== undefined && huaweiKeys.trim() !== '') {
    options.huaweiAccessKeys = parseAccessKeys(huaweiKeys, EMULATOR_HUAWEI_ACCESS_KEYS);
  }
  const projectId = env[EMULATOR_HUAWEI_PROJECT_ID];
  if (projectId !== undefined && projectId.trim() !== '') options.huaweiProjectId = parseProjectId(projectId.trim());
  const tokens = env[EMULATOR_HUAWEI_AUTH_TOKENS];
  if (tokens !== undefined && tokens.trim() !== '') options.huaweiAuthTokens = parseAuthTokens(tokens);
  return options;
}

/** A Huawei project id: letters and digits (the cloud's are 32 lowercase hex characters). */
export function parseProjectId(raw: string): string {
  if (!/^[A-Za-z0-9]{1,64}$/.test(raw)) throw new Error(`${EMULATOR_HUAWEI_PROJECT_ID} must be 1 to 64 letters and digits`);
  return raw;
}

/** Parses `token[,token]`; error messages never repeat a token. */
export function parseAuthTokens(raw: string): string[] {
  const tokens = raw
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (tokens.some((t) => /\s/.test(t))) throw new Error(`${EMULATOR_HUAWEI_AUTH_TOKENS} entries must not contain spaces`);
  return tokens;
}
