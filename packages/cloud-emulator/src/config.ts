import type { AccessKeyPair } from './core/credentials.ts';
import type { EmulatorOptions, HuaweiProjectOption } from './server.ts';

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

/**
 * The second region of each cloud, seeded with its own smaller state: Alibaba's `RegionId` and
 * Huawei's second project (a project is one region of an account).
 */
export const DEMO_SECOND_REGION = 'cn-shenzhen';
export const DEMO_HUAWEI_SECOND_PROJECT_ID = '5e1d7c9a3b2f4e6d8a0c1e3f5b7d9a2c';
export const DEMO_HUAWEI_SECOND_REGION = 'cn-east-3';

/** Names of the environment variables that configure the Huawei side. */
export const EMULATOR_HUAWEI_ACCESS_KEYS = 'EMULATOR_HUAWEI_ACCESS_KEYS';
export const EMULATOR_HUAWEI_PROJECT_ID = 'EMULATOR_HUAWEI_PROJECT_ID';
export const EMULATOR_HUAWEI_AUTH_TOKENS = 'EMULATOR_HUAWEI_AUTH_TOKENS';
export const EMULATOR_HUAWEI_PROJECTS = 'EMULATOR_HUAWEI_PROJECTS';

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

/**
 * An optional `account/` in front of an entry: key ids and project ids never hold a `/`, while a
 * secret may hold anything, `:` included, so the account cannot go after the secret.
 */
function accountPrefix(entry: string, variable: string, index: number): { accountId?: string; rest: string } {
  const slash = entry.indexOf('/');
  const colon = entry.indexOf(':');
  if (slash < 0 || (colon >= 0 && slash > colon)) return { rest: entry };
  const accountId = entry.slice(0, slash).trim();
  if (!ACCOUNT_ID.test(accountId)) throw new Error(`${variable} entry ${index + 1}: the account before "/" must be 1 to 64 letters, digits, "_" or "-"`);
  return { accountId, rest: entry.slice(slash + 1).trim() };
}

const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Parses `[account/]id:secret[,…]`; error messages never repeat a secret. */
export function parseAccessKeys(raw: string, variable = 'EMULATOR_ALIBABA_ACCESS_KEYS'): AccessKeyPair[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, i) => {
      const { accountId, rest } = accountPrefix(entry, variable, i);
      const colon = rest.indexOf(':');
      const id = colon > 0 ? rest.slice(0, colon).trim() : '';
      const secret = colon > 0 ? rest.slice(colon + 1).trim() : '';
      if (id === '' || secret === '') {
        throw new Error(`${variable} entry ${i + 1} must be id:secret`);
      }
      return accountId === undefined ? { id, secret } : { id, secret, accountId };
    });
}

/** Parses `[account/]projectId:region[,…]`: Huawei projects besides the first one. */
export function parseHuaweiProjects(raw: string): HuaweiProjectOption[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, i) => {
      const { accountId, rest } = accountPrefix(entry, EMULATOR_HUAWEI_PROJECTS, i);
      const [projectId = '', regionId = '', extra] = rest.split(':').map((part) => part.trim());
      if (extra !== undefined || !/^[A-Za-z0-9]{1,64}$/.test(projectId) || !/^[a-z0-9-]{1,32}$/.test(regionId)) {
        throw new Error(`${EMULATOR_HUAWEI_PROJECTS} entry ${i + 1} must be [account/]projectId:region (letters and digits, then e.g. cn-east-3)`);
      }
      return accountId === undefined ? { projectId, regionId } : { projectId, regionId, accountId };
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
  const projects = env[EMULATOR_HUAWEI_PROJECTS];
  if (projects !== undefined && projects.trim() !== '') options.huaweiProjects = parseHuaweiProjects(projects);
  const regionPorts = env.EMULATOR_ALIBABA_REGION_PORTS;
  if (regionPorts !== undefined && regionPorts.trim() !== '') options.alibabaRegionPorts = parseRegionPorts(regionPorts);
  const dataDir = env.EMULATOR_DATA_DIR;
  if (dataDir !== undefined && dataDir.trim() !== '') options.dataDir = dataDir.trim();
  const seedFile = env.EMULATOR_SEED_FILE;
  if (seedFile !== undefined && seedFile.trim() !== '') options.seedFile = seedFile.trim();
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

/** Parses `region:port[,…]`: the port each further Alibaba region answers on (0 for a free one). */
export function parseRegionPorts(raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .forEach((entry, i) => {
      const [region = '', port = '', extra] = entry.split(':').map((part) => part.trim());
      const n = Number(port);
      if (extra !== undefined || !/^[a-z0-9-]{1,32}$/.test(region) || port === '' || !Number.isInteger(n) || n < 0 || n > 65535) {
        throw new Error(`EMULATOR_ALIBABA_REGION_PORTS entry ${i + 1} must be region:port (e.g. ${DEMO_SECOND_REGION}:9091)`);
      }
      out[region] = n;
    });
  return out;
}
