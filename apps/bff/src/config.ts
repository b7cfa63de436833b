import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting the BFF reads, parsed once at start. Each message says what is expected and
 * never repeats the value: DATABASE_URL, METRICS_TOKEN and the keys may hold secrets.
 */
const Env = z.object({
  PORT: z.coerce.number({ message: 'must be a port number' }).int('must be a whole port number').min(0, 'must be 0–65535').max(65535, 'must be 0–65535').default(8080),
  HOST: z.string().min(1, 'must be an address to listen on').default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'must be a directory').default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PORTICO_PROFILES_FILE: z.string().min(1, 'must be the path of a JSON profile file').optional(),
  PORTICO_ADMIN_PASSWORD: z.string().min(1).optional(),
  PORTICO_ACCESS_FILE: z.string().min(1, 'must be the path of a JSON or YAML access file').optional(),
  ALIBABA_ACCESS_KEY_ID: z.string().optional(),
  ALIBABA_ACCESS_KEY_SECRET: z.string().optional(),
  ALIBABA_PROTOCOL: z.enum(['HTTP', 'HTTPS'], { message: 'must be HTTP or HTTPS' }).optional(),
  WEB_DIST: z.string().min(1, 'must be the directory of the built console').optional(),
  /** Set to "0" to refuse to start the embedded emulator when no cloud is configured. */
  PORTICO_EMULATOR: z.enum(['0', '1'], { message: 'must be 0 or 1' }).default('1'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  // A short token is guessable; scrapers send it on every request anyway.
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  PUBLIC_URL: z
    .string()
    .refine(isHttpUrl, 'must be an absolute http:// or https:// URL')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** A refresh of the bindings inventory every this many minutes, on one instance at a time; 0: only when asked. */
  INVENTORY_REFRESH_MINUTES: z.coerce
    .number({ message: 'must be a number of minutes' })
    .min(0, 'must be 0 (off) or more minutes')
    .max(10_080, 'must be at most a week (10080)')
    .default(30),
  /** Inventory snapshots kept per profile (each refresh is compared with the previous one). */
  INVENTORY_SNAPSHOTS_KEPT: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000, 'must be at most 1000')
    .default(10),
  TRUST_PROXY: z
    .string()
    .transform((value, ctx) => parseTrustProxy(value) ?? (ctx.addIssue({ code: 'custom', message: trustProxyExpected }), z.NEVER))
    .optional(),
});

const trustProxyExpected = 'must be true, false, a hop count, or a comma-separated list of addresses, CIDR blocks, loopback, linklocal or uniquelocal';

/** What Express's `trust proxy` takes: everything, nothing, the last N hops, or these addresses. */
export type TrustProxy = boolean | number | string[];

export interface BffConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  profilesFile: string | undefined;
  /** Grants (and later policies) kept in Git, loaded at every start. */
  accessFile: string | undefined;
  adminPassword: string | undefined;
  webDist: string | undefined;
  embeddedEmulator: boolean;
  logLevel: string;
  metricsToken: string | undefined;
  publicUrl: string | undefined;
  trustProxy: TrustProxy | undefined;
  production: boolean;
  inventoryRefreshEveryMs: number;
  inventorySnapshotsKept: number;
}

/** A setting is wrong: its one-line message names it and what it should be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BffConfig {
  // An empty variable means "not set", as a shell's `VAR=` usually intends.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = Env.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Configuration: ${String(issue.path[0] ?? 'environment')} ${issue.message}.`);
  }
  const parsed = result.data;
  if (Boolean(parsed.ALIBABA_ACCESS_KEY_ID) !== Boolean(parsed.ALIBABA_ACCESS_KEY_SECRET)) {
    throw new ConfigError('Configuration: ALIBABA_ACCESS_KEY_ID and ALIBABA_ACCESS_KEY_SECRET must be set together.');
  }
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: resolve(parsed.DATA_DIR),
    databaseUrl: parsed.DATABASE_URL,
    profilesFile: parsed.PORTICO_PROFILES_FILE,
    accessFile: parsed.PORTICO_ACCESS_FILE,
    adminPassword: parsed.PORTICO_ADMIN_PASSWORD,
    webDist: parsed.WEB_DIST,
    embeddedEmulator: parsed.PORTICO_EMULATOR === '1',
    logLevel: parsed.LOG_LEVEL,
    metricsToken: parsed.METRICS_TOKEN,
    publicUrl: parsed.PUBLIC_URL,
    trustProxy: parsed.TRUST_PROXY,
    production: env.NODE_ENV === 'production',
    inventoryRefreshEveryMs: Math.round(parsed.INVENTORY_REFRESH_MINUTES * 60_000),
    inventorySnapshotsKept: parsed.INVENTORY_SNAPSHOTS_KEPT,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}

const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `1` keeps its old meaning (one proxy in front), which is also what Express makes of a hop count of 1. */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.length > 0 && entries.every(isProxyEntry) ? entries : undefined;
}

function isProxyEntry(entry: string): boolean {
  if (proxyNames.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  return bits >= 0 && bits <= (family === 4 ? 32 : 128);
}
