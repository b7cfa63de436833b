// A BFF in its own process, for tests that must kill one outright (SIGKILL) mid-change.
import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_ALIBABA_ACCESS_KEY_SECRET, DEMO_REGION } from '@portico/cloud-emulator/config';
import { createLogger } from '../logger.ts';
import { Secret } from '../secret.ts';
import { start } from '../server.ts';
import { quickInventoryOptions } from './quick.ts';

const bff = await start({
  port: 0,
  dataDir: process.env.DATA_DIR,
  databaseUrl: process.env.DATABASE_URL || undefined,
  adminPassword: process.env.PORTICO_ADMIN_PASSWORD,
  logger: createLogger({ level: 'silent' }),
  profiles: [
    {
      id: 'alibaba-emulator',
      cloud: 'alibaba',
      name: 'Alibaba Cloud (emulator)',
      region: DEMO_REGION,
      endpoint: process.env.EMULATOR_ENDPOINT ?? '',
      protocol: 'HTTP',
      accessKeyId: DEMO_ALIBABA_ACCESS_KEY_ID,
      accessKeySecret: new Secret(DEMO_ALIBABA_ACCESS_KEY_SECRET),
      emulated: true,
    },
  ],
  runner: { minIntervalMs: 30, maxIntervalMs: 200, sweepIntervalMs: 300, leaseTtlMs: 1_500 },
  inventory: quickInventoryOptions,
});
process.stdout.write(`${JSON.stringify({ url: bff.url })}\n`);
