import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { ClientBuilder } from '@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js';
import type { HcClient } from '@huaweicloud/huaweicloud-sdk-core/HcClient.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HUAWEI_ACCESS_KEY_ID, DEMO_HUAWEI_AUTH_TOKEN, DEMO_HUAWEI_PROJECT_ID, DEMO_HUAWEI_SECRET_ACCESS_KEY } from '../../config.ts';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { SEED_VPCEP } from '../../services/vpcep/seed.ts';
import { huaweiRequest, type HuaweiRequestOptions, sdkDateFromNow, vpcepPath } from '../../testing/huawei.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

const call = (options: Partial<HuaweiRequestOptions> = {}) => huaweiRequest(emulator, { path: vpcepPath(), ...options });
/**
 * A gateway error (APIGW.xxxx) in the seed page's shape, {"error":{"code","message"}}, checked to
 * agree with the gateway's own flat keys that come with it.
 */
const errorOf = (json: Record<string, unknown>) => {
  const nested = json.error as { code: string; message: string };
  expect({ code: json.error_code, message: json.error_msg }).toEqual({ code: nested.code, message: nested.message });
  return nested;
};

async function expect401(options: Partial<HuaweiRequestOptions>, message: string | RegExp): Promise<void> {
  const res = await call(options);
  expect(res.status).toBe(401);
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  expect(errorOf(res.json).code).toBe('APIGW.0301');
  expect(errorOf(res.json).message).toMatch(message);
}

describe('AK/SK (SDK-HMAC-SHA256)', () => {
  it("when the SDK's own HcClient calls, then the signature is accepted (query and JSON body)", async () => {
    const credentials = new BasicCredentials().withAk(DEMO_HUAWEI_ACCESS_KEY_ID).withSk(DEMO_HUAWEI_SECRET_ACCESS_KEY).withProjectId(DEMO_HUAWEI_PROJECT_ID);
    const client = new ClientBuilder<HcClient>((hc) => hc).withCredential(credentials).withEndpoint(emulator.url).build();
    const listed = await client.sendRequest<{ httpStatusCode?: number; total_count?: number }>({
      method: 'GET',
      url: '/v1/{project_id}/vpc-endpoint-services',
      contentType: 'application/json',
      queryParams: { limit: 2, endpoint_service_name: 'core gateway ü', sort_dir: 'asc' },
      pathParams: {},
      headers: {},
    });
    expect(listed).toMatchObject({ httpStatusCode: 200, total_count: 0 });
    const updated = await client.sendRequest<{ httpStatusCode?: number; description?: string }>({
      method: 'PUT',
      url: '/v1/{project_id}/vpc-endpoint-services/{vpc_endpoint_service_id}',
      contentType: 'application/json;charset=UTF-8',
      queryParams: {},
      pathParams: { vpc_endpoint_service_id: SEED_VPCEP.services.billing.id },
      headers: {},
      data: { description: 'Signed by the SDK ✓ 支付' },
    });
    expect(updated).toMatchObject({ httpStatusCode: 200, description: 'Signed by the SDK ✓ 支付' });
  });

  it('when the SK is wrong, then 401 APIGW.0301 with the canonical request the server computed', async () => {
    await expect401({ secretAccessKey: 'x'.repeat(40) }, /^Incorrect IAM authentication information: verify aksk signature fail,canonicalRequest:GET\|\/v1\//);
    await expect401({ signature: '0'.repeat(64) }, /verify aksk signature fail/);
  });

  it('when the AK is unknown, then 401 APIGW.0301 "ak not exist"', async () => {
    await expect401({ accessKeyId: 'UNKNOWNHUAWEIAK00001' }, 'Get secretKey failed,ak:UNKNOWNHUAWEIAK00001,err:ak not exist');
  });

  it('when the body differs from the one signed, then 401', async () => {
    await expect401(
      {
        method: 'PUT',
        path: vpcepPath(`/${SEED_VPCEP.services.billing.id}`),
        body: { description: 'signed' },
        rawBody: JSON.stringify({ description: 'tampered' }),
      },
      /verify aksk signature fail/,
    );
    await expect401(
      {
        method: 'PUT',
        path: vpcepPath(`/${SEED_VPCEP.services.billing.id}`),
        headers: { 'X-Sdk-Content-Sha256': 'a'.repeat(64) },
        body: { description: 'x' },
      },
      /verify aksk signature fail/,
    );
  });

  it('when X-Sdk-Date is more than 15 minutes away or malformed, then 401; within 15 minutes it passes', async () => {
    await expect401({ sdkDate: sdkDateFromNow(-16) }, /more than 15 minutes/);
    await expect401({ sdkDate: sdkDateFromNow(16) }, /more than 15 minutes/);
    expect((await call({ sdkDate: sdkDateFromNow(-14) })).status).toBe(200);
    await expect401({ sdkDate: new Date().toISOString() }, /X-Sdk-Date must be YYYYMMDDTHHMMSSZ/);
    const signed = await call({ sdkDate: sdkDateFromNow(0) });
    expect(signed.status).toBe(200);
  });

  it('when Authorization is missing, malformed or of another algorithm, then 401', async () => {
    await expect401({ unsigned: true }, 'Incorrect IAM authentication information: x-auth-token not found');
    await expect401({ unsigned: true, headers: { Authorization: 'SDK-HMAC-SHA256 Access=x' } }, /malformed/);
    await expect401({ unsigned: true, headers: { Authorization: 'AWS4-HMAC-SHA256 Access=a, SignedHeaders=host, Signature=b' } }, /unsupported signing algorithm/);
  });

  it('when the path names another project, then 403 EndPoint.0004', async () => {
    const other = 'ffffffffffffffffffffffffffffffff';
    const res = await call({ path: vpcepPath('', other), projectIdHeader: other });
    expect(res.status).toBe(403);
    expect((res.json.error as { code: string }).code).toBe('EndPoint.0004');
    const header = await call({ projectIdHeader: other });
    expect(header.status).toBe(403);
    const noHeader = await call({ projectIdHeader: null });
    expect(noHeader.status).toBe(200);
  });
});

describe('X-Auth-Token', () => {
  it('when the token is the demo token, then the request passes; any other token is 401 "decrypt token fail"', async () => {
    const ok = await call({ authToken: DEMO_HUAWEI_AUTH_TOKEN });
    expect(ok.status).toBe(200);
    expect(ok.json.total_count).toBe(6);
    await expect401({ authToken: 'MIIinvalid' }, 'Incorrect IAM authentication information: decrypt token fail');
    const otherProject = await call({ authToken: DEMO_HUAWEI_AUTH_TOKEN, path: vpcepPath('', 'a'.repeat(32)) });
    expect(otherProject.status).toBe(403);
  });
});

describe('configured credentials and routes', () => {
  it('when keys, tokens and a project are configured, then only they are accepted', async () => {
    const projectId = '1234567890abcdef1234567890abcdef';
    const custom = await startEmulator({
      port: 0,
      huaweiAccessKeys: [{ id: 'CUSTOMAK000000000001', secret: 'custom-secret-key-0000000000000000000000' }],
      huaweiProjectId: projectId,
      huaweiAuthTokens: ['token-a'],
    });
    try {
      expect(custom.huaweiProjectId).toBe(projectId);
      const path = vpcepPath('', projectId);
      const ok = await huaweiRequest(custom, {
        path,
        projectIdHeader: projectId,
        accessKeyId: 'CUSTOMAK000000000001',
        secretAccessKey: 'custom-secret-key-0000000000000000000000',
      });
      expect(ok.status).toBe(200);
      expect((ok.json.endpoint_services as { project_id: string }[])[0]?.project_id).toBe(projectId);
      expect((await huaweiRequest(custom, { path, projectIdHeader: projectId })).status).toBe(401);
      const byToken = (authToken: string, tokenPath = path) => huaweiRequest(custom, { path: tokenPath, authToken, projectIdHeader: null });
      expect((await byToken('token-a')).status).toBe(200);
      expect((await byToken(DEMO_HUAWEI_AUTH_TOKEN)).status).toBe(401);
      expect((await byToken('token-a', vpcepPath())).status).toBe(403);
    } finally {
      await custom.close();
    }
  });

  it("when the gateway refuses a request, then its error has the documented {error:{code,message}} and the gateway's flat keys, and the SDK's HcClient reads it", async () => {
    const wrongSk = await call({ secretAccessKey: 'x'.repeat(40) });
    expect(wrongSk.status).toBe(401);
    expect(Object.keys(wrongSk.json).sort()).toEqual(['error', 'error_code', 'error_msg', 'request_id']);
    expect(errorOf(wrongSk.json).code).toBe('APIGW.0301');
    expect(wrongSk.json.request_id).toBe(wrongSk.headers['x-request-id']);

    const build = (sk: string) =>
      new ClientBuilder<HcClient>((hc) => hc)
        .withCredential(new BasicCredentials().withAk(DEMO_HUAWEI_ACCESS_KEY_ID).withSk(sk).withProjectId(DEMO_HUAWEI_PROJECT_ID))
        .withEndpoint(emulator.url)
        .build();
    const get = (client: HcClient, id: string) =>
      client.sendRequest({
        method: 'GET',
        url: '/v1/{project_id}/vpc-endpoint-services/{vpc_endpoint_service_id}',
        contentType: 'application/json',
        queryParams: {},
        pathParams: { vpc_endpoint_service_id: id },
        headers: {},
      });
    const refused = await get(build('not-the-secret-key-of-this-access-key!!'), SEED_VPCEP.services.core.id).catch((e: unknown) => e);
    expect(refused).toMatchObject({ httpStatusCode: 401, errorCode: 'APIGW.0301' });
    expect((refused as { errorMsg: string }).errorMsg).toMatch(/^Incorrect IAM authentication information: verify aksk signature fail/);

    const missing = await get(build(DEMO_HUAWEI_SECRET_ACCESS_KEY), '4189d3c2-8882-4871-a3c2-d380272eed88').catch((e: unknown) => e);
    expect(missing).toMatchObject({ httpStatusCode: 404, errorCode: 'EndPoint.0005' });
  });

  it('when a route is not an implemented API, then 404 APIGW.0101 before any authentication', async () => {
    for (const path of ['/v1/nothing', `/v1/${DEMO_HUAWEI_PROJECT_ID}/vpc-endpoints`, vpcepPath('/describe')]) {
      const res = await fetch(`${emulator.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
      expect(errorOf((await res.json()) as Record<string, unknown>).code).toBe('APIGW.0101');
    }
    const post = await call({ method: 'POST', body: {} });
    expect(errorOf(post.json).code).toBe('APIGW.0101');
  });
});
