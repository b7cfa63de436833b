import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from '@portico/contracts/routes';
import { createLogger } from './logger.ts';
import { startHarness, type Harness } from './testing/harness.ts';

function capture(level: string) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return {
    logger: createLogger({ level, destination }),
    lines: () => lines.map((line) => JSON.parse(line) as { msg?: string; req?: { url?: string; headers?: Record<string, string> } }),
  };
}

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('the request log', () => {
  it('when the log level is info, then each request is logged with its cookie redacted', async () => {
    const log = capture('info');
    harness = await startHarness({ bff: { logger: log.logger } });
    const response = await harness.api(routes.listProfiles.method, routes.listProfiles.path);
    expect(response.status).toBe(200);
    const line = log.lines().find((l) => l.msg === 'request completed' && l.req?.url === routes.listProfiles.path);
    expect(line).toBeDefined();
    expect(line?.req?.headers?.cookie).toBe('[redacted]');
  });

  it('when the log level is above info, then no request line is made', async () => {
    const log = capture('warn');
    harness = await startHarness({ bff: { logger: log.logger } });
    const response = await harness.api(routes.listProfiles.method, routes.listProfiles.path);
    expect(response.status).toBe(200);
    expect(log.lines().filter((l) => l.msg === 'request completed')).toEqual([]);
  });
});
