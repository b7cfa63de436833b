import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeApiGroupsRequest, DescribeVpcAccessesRequest } from '@alicloud/cloudapi20160714';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import { emulatorProfile } from '../../testing/harness.ts';
import type { AlibabaProfile } from '../profiles.ts';
import { AlibabaGateway, defaultCallOptions } from './client.ts';
import { defaultPacerOptions, PacerBusyError, ThrottlePacer } from './pacer.ts';

/** A pacer on a clock the test moves: waiting advances it, so spacing is exact. */
function pacerOnFakeClock(options = defaultPacerOptions) {
  const clock = { now: 1_000_000 };
  const pacer = new ThrottlePacer(
    options,
    () => clock.now,
    async (ms) => {
      clock.now += ms;
    },
  );
  return { pacer, clock };
}

describe('ThrottlePacer', () => {
  it('when nothing was throttled, then calls go straight through', async () => {
    const { pacer, clock } = pacerOnFakeClock();
    for (let i = 0; i < 100; i++) {
      await pacer.acquire('DescribeVpcAccesses');
      pacer.succeeded('DescribeVpcAccesses');
    }
    expect(clock.now).toBe(1_000_000);
    expect(pacer.rate('DescribeVpcAccesses')).toBeUndefined();
  });

  it('when throttled after 50 calls in the last second, then that operation is paced at 90% of 50/s and others are not', async () => {
    const { pacer, clock } = pacerOnFakeClock();
    for (let i = 0; i < 50; i++) {
      pacer.succeeded('DescribeVpcAccesses');
      clock.now += 10;
    }
    pacer.throttled('DescribeVpcAccesses');
    pacer.throttled('DescribeVpcAccesses');
    expect(pacer.rate('DescribeVpcAccesses')).toBeCloseTo(45, 5);
    expect(pacer.rate('DescribeApisByVpcAccess')).toBeUndefined();

    const start = clock.now;
    await pacer.acquire('DescribeVpcAccesses');
    await pacer.acquire('DescribeVpcAccesses');
    await pacer.acquire('DescribeVpcAccesses');
    // The first goes at once, each next one 1000/45 ms after the one before.
    expect(clock.now - start).toBeCloseTo(2 * (1000 / 45), 3);
    await pacer.acquire('DescribeApisByVpcAccess');
  });

  it('when the cloud stops throttling, then the pace grows back and is dropped after a quiet spell', () => {
    const { pacer, clock } = pacerOnFakeClock();
    for (let i = 0; i < 20; i++) pacer.succeeded('DescribeVpcAccesses');
    pacer.throttled('DescribeVpcAccesses');
    expect(pacer.rate('DescribeVpcAccesses')).toBeCloseTo(18, 5);
    clock.now += 2_000;
    expect(pacer.rate('DescribeVpcAccesses')).toBeCloseTo(18 * 1.25 ** 2, 5);
    clock.now += defaultPacerOptions.releaseAfterMs;
    expect(pacer.rate('DescribeVpcAccesses')).toBeUndefined();
  });

  it('when throttled with nothing let through, then it paces at the floor rather than stopping', () => {
    const { pacer } = pacerOnFakeClock();
    pacer.throttled('DescribeVpcAccesses');
    expect(pacer.rate('DescribeVpcAccesses')).toBe(defaultPacerOptions.minRate);
  });

  it('when a call would wait longer than maxWaitMs for its turn, then it is refused at once', async () => {
    // The clock stands still: four calls arrive together and book slots 0, 1, 2 and 3 s out.
    const clock = { now: 0 };
    const pacer = new ThrottlePacer(
      { ...defaultPacerOptions, maxWaitMs: 2_500, growthPerSecond: 0 },
      () => clock.now,
      async () => undefined,
    );
    pacer.throttled('DescribeVpcAccesses');
    const booked = [pacer.acquire('DescribeVpcAccesses'), pacer.acquire('DescribeVpcAccesses'), pacer.acquire('DescribeVpcAccesses')];
    await expect(pacer.acquire('DescribeVpcAccesses')).rejects.toBeInstanceOf(PacerBusyError);
    await Promise.all(booked);
  });
});

describe('AlibabaGateway against a throttled cloud', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('when 20 reads are in flight against 20 calls/s, then every read succeeds and the cloud refuses few', async () => {
    const rate = 20;
    await fetch(`${emulator.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'DescribeVpcAccesses', kind: 'throttle', ratePerSecond: rate }),
    });
    const gateway = new AlibabaGateway(emulatorProfile(emulator) as AlibabaProfile);
    const calls = 100;
    let next = 0;
    const outcomes: string[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < calls) {
          next += 1;
          await gateway
            .read((client, runtime) => client.describeVpcAccessesWithOptions(new DescribeVpcAccessesRequest({}), runtime))
            .then(
              () => outcomes.push('ok'),
              (error: { status?: number }) => outcomes.push(`error ${error.status}`),
            );
        }
      }),
    );
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);
    const stats = (await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as { throttled?: Record<string, number> };
    // Unpaced, 20 callers retrying for ~4 s would be refused hundreds of times.
    expect(stats.throttled?.DescribeVpcAccesses ?? 0).toBeLessThan(calls);
    expect(gateway.pacer.rate('DescribeVpcAccesses')).toBeGreaterThan(rate / 4);
  }, 30_000);

  it('when a refused read is retried while its operation is paced, then it waits its turn at the pacer rather than a back-off', async () => {
    const rate = 20;
    await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' });
    await fetch(`${emulator.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'DescribeApiGroups', kind: 'throttle', ratePerSecond: rate }),
    });
    // A back-off of a minute per retry: a refused read that slept it would outlast the test.
    const minute = { attempts: 10, baseDelayMs: 60_000, maxDelayMs: 60_000 };
    const gateway = new AlibabaGateway(emulatorProfile(emulator) as AlibabaProfile, { ...defaultCallOptions, throttleRetry: minute });
    const reads = Array.from({ length: 3 * rate }, () =>
      gateway.read((client, runtime) => client.describeApiGroupsWithOptions(new DescribeApiGroupsRequest({}), runtime)).then(() => 'ok'),
    );
    expect(new Set(await Promise.all(reads))).toEqual(new Set(['ok']));
    const stats = (await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as { throttled?: Record<string, number> };
    // Some were refused (so retried), and every retry came through.
    expect(stats.throttled?.DescribeApiGroups ?? 0).toBeGreaterThan(0);
  }, 30_000);
});
