import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ALIBABA_ACCESS_KEY_ID } from '../../config.ts';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { SEED } from '../../services/apigateway/seed.ts';
import { cloudapi, hook, isoMinutesFromNow, rawV1, rawV3, sdkClient, sdkError } from '../../testing/alibaba.ts';

const SECOND_KEY = { id: 'LTAI5tSecondTestKey01', secret: 'second-test-secret-0123456789ab' };

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    alibabaAccessKeys: [{ id: DEMO_ALIBABA_ACCESS_KEY_ID, secret: 'PorticoEmulatorDemoSecret2026x' }, SECOND_KEY],
  });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await hook(emulator, 'POST', 'reset');
});

function expectEnvelope(json: Record<string, unknown>, code: string): void {
  expect(json.Code).toBe(code);
  expect(json.RequestId).toMatch(/^[0-9A-F-]{36}$/);
  expect(json.HostId).toBe('apigateway.cn-hangzhou.aliyuncs.com');
  expect(typeof json.Message).toBe('string');
  expect(String(json.Recommend)).toContain(`q=${code}`);
}

describe('V1 HMAC-SHA1 signatures', () => {
  it('when a GET carries the parameters in the query, then the call succeeds', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses', PageSize: '2' } });
    expect(res.status).toBe(200);
    expect(res.json.TotalCount).toBe(4);
    expect(res.json.PageSize).toBe(2);
    expect(res.headers.get('x-acs-request-id')).toBe(res.json.RequestId);
  });

  it('when a POST carries them in a form body, then the call succeeds and values with spaces and symbols survive', async () => {
    const res = await rawV1(emulator, {
      method: 'POST',
      params: {
        Action: 'SetVpcAccess',
        Name: 'form-created',
        VpcId: 'vpc-form0001',
        InstanceId: 'i-form0001',
        Port: '8080',
        Description: 'made with a form body: a*b ~c (d) & e+f',
      },
    });
    expect(res.status).toBe(200);
    const listed = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses', VpcAccessId: String(res.json.VpcAccessId) } });
    const attrs = (listed.json.VpcAccessAttributes as { VpcAccessAttribute: Record<string, unknown>[] }).VpcAccessAttribute;
    expect(attrs[0]?.Description).toBe('made with a form body: a*b ~c (d) & e+f');
  });

  it('when Format is absent, then the answer is XML as the cloud defaults', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses', PageSize: '1' }, format: null });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/xml');
    expect(res.text).toMatch(/^<\?xml version='1.0' encoding='UTF-8'\?><DescribeVpcAccessesResponse><RequestId>/);
    expect(res.text).toContain('<VpcAccessAttributes><VpcAccessAttribute>');
  });

  it('when the secret is wrong, then it answers SignatureDoesNotMatch (400)', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, accessKeySecret: 'wrong-secret' });
    expect(res.status).toBe(400);
    expectEnvelope(res.json, 'SignatureDoesNotMatch');
  });

  it('when the key id is unknown, then it answers InvalidAccessKeyId.NotFound (404)', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, accessKeyId: 'LTAI5tUnknownKey' });
    expect(res.status).toBe(404);
    expectEnvelope(res.json, 'InvalidAccessKeyId.NotFound');
  });

  it('when a SignatureNonce is reused, then it answers SignatureNonceUsed (400)', async () => {
    const nonce = randomUUID();
    expect((await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, nonce })).status).toBe(200);
    const again = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, nonce });
    expect(again.status).toBe(400);
    expectEnvelope(again.json, 'SignatureNonceUsed');
  });

  it('when the Timestamp is more than 15 minutes off, then it answers InvalidTimeStamp.Expired (400)', async () => {
    for (const minutes of [-16, 16]) {
      const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, timestamp: isoMinutesFromNow(minutes) });
      expect(res.status).toBe(400);
      expectEnvelope(res.json, 'InvalidTimeStamp.Expired');
    }
    const ok = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, timestamp: isoMinutesFromNow(-14) });
    expect(ok.status).toBe(200);
  });

  it('when the Timestamp is malformed, then it answers InvalidTimeStamp.Format', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, timestamp: 'yesterday' });
    expectEnvelope(res.json, 'InvalidTimeStamp.Format');
  });

  it('when Signature or another common parameter is missing, then it answers Missing{Name}', async () => {
    for (const name of ['Signature', 'AccessKeyId', 'SignatureNonce', 'Timestamp']) {
      const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, omit: [name] });
      expect(res.status).toBe(400);
      expectEnvelope(res.json, `Missing${name}`);
    }
  });

  it('when the action is not implemented, then it answers InvalidAction.NotFound (404)', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeApps' } });
    expect(res.status).toBe(404);
    expectEnvelope(res.json, 'InvalidAction.NotFound');
  });

  it('when an integer parameter is not an integer, then it answers Invalid{Name}', async () => {
    const res = await rawV1(emulator, {
      params: { Action: 'SetVpcAccess', Name: 'n', VpcId: 'vpc-a', InstanceId: 'i-a', Port: 'eighty' },
    });
    expect(res.status).toBe(400);
    expectEnvelope(res.json, 'InvalidPort');
  });

  it('when the second configured key signs, then it is accepted too', async () => {
    const res = await rawV1(emulator, {
      params: { Action: 'DescribeVpcAccesses' },
      accessKeyId: SECOND_KEY.id,
      accessKeySecret: SECOND_KEY.secret,
    });
    expect(res.status).toBe(200);
  });
});

describe('V3 ACS3-HMAC-SHA256 signatures', () => {
  it('when the SDK signs with the wrong secret, then it answers SignatureDoesNotMatch (400)', async () => {
    const client = sdkClient(emulator, { accessKeySecret: 'not-the-secret' });
    const error = await sdkError(client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({})));
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400 });
    expectEnvelope(error.data ?? {}, 'SignatureDoesNotMatch');
  });

  it('when the SDK uses an unknown key id, then it answers InvalidAccessKeyId.NotFound (404)', async () => {
    const client = sdkClient(emulator, { accessKeyId: 'LTAI5tNobodyHasThis' });
    const error = await sdkError(client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({})));
    expect(error).toMatchObject({ code: 'InvalidAccessKeyId.NotFound', statusCode: 404 });
  });

  it('when a raw request reuses x-acs-signature-nonce, then it answers SignatureNonceUsed (400)', async () => {
    const nonce = randomUUID();
    const first = await rawV3(emulator, { action: 'DescribeVpcAccesses', query: { PageSize: '1' }, nonce });
    expect(first.status).toBe(200);
    expect(first.json.PageSize).toBe(1);
    const replay = await rawV3(emulator, { action: 'DescribeVpcAccesses', query: { PageSize: '1' }, nonce });
    expect(replay.status).toBe(400);
    expectEnvelope(replay.json, 'SignatureNonceUsed');
  });

  it('when x-acs-date is more than 15 minutes off, then it answers InvalidTimeStamp.Expired (400)', async () => {
    const res = await rawV3(emulator, { action: 'DescribeVpcAccesses', date: isoMinutesFromNow(-20) });
    expect(res.status).toBe(400);
    expectEnvelope(res.json, 'InvalidTimeStamp.Expired');
  });

  it('when parameters travel in a signed form body, then the call succeeds', async () => {
    const res = await rawV3(emulator, {
      action: 'DescribeApisByVpcAccess',
      form: { VpcName: SEED.vpcAccess.quiet.name },
    });
    expect(res.status).toBe(200);
    expect(res.json.TotalCount).toBe(3);
  });

  it('when x-acs-content-sha256 does not match the body, then the signature is refused', async () => {
    const res = await rawV3(emulator, {
      action: 'DescribeApisByVpcAccess',
      form: { VpcName: SEED.vpcAccess.quiet.name },
      contentSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
    expect(res.status).toBe(400);
    expectEnvelope(res.json, 'SignatureDoesNotMatch');
  });

  it('when the Authorization header is malformed, then it answers IncompleteSignature', async () => {
    const res = await fetch(`${emulator.url}/`, {
      method: 'POST',
      headers: { authorization: 'ACS3-HMAC-SHA256 nonsense', 'x-acs-action': 'DescribeVpcAccesses', 'x-acs-version': '2016-07-14' },
    });
    expect(res.status).toBe(400);
    expectEnvelope((await res.json()) as Record<string, unknown>, 'IncompleteSignature');
  });

  it('when the SDK calls an action the emulator does not implement, then it answers InvalidAction.NotFound (404)', async () => {
    const client = sdkClient(emulator);
    const error = await sdkError(client.describeApps(new cloudapi.DescribeAppsRequest({})));
    expect(error).toMatchObject({ code: 'InvalidAction.NotFound', statusCode: 404 });
  });
});
