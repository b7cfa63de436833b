import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().optional(),
  PORTICO_PROFILES_FILE: z.string().optional(),
  WEB_DIST: z.string().optional(),
  /** Set to "0" to refuse to start the embedded emulator when no cloud is configured. */
  PORTICO_EMULATOR: z.enum(['0', '1']).default('1'),
});

export interface BffConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  profilesFile: string | undefined;
  webDist: string | undefined;
  embeddedEmulator: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BffConfig {
  const parsed = Env.parse(env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: resolve(parsed.DATA_DIR),
    databaseUrl: parsed.DATABASE_URL || undefined,
    profilesFile: parsed.PORTICO_PROFILES_FILE,
    webDist: parsed.WEB_DIST,
    embeddedEmulator: parsed.PORTICO_EMULATOR === '1',
  };
}
