import { describe, expect, it } from 'vitest';
import { fieldMessages } from './errors.ts';
import { CreateVpcAuthorization, ModifyVpcAuthorization, VpcAuthorizationListQuery, vpcAuthorizationSearch } from './vpc-authorizations.ts';

const valid = { name: 'orders-backend', vpcId: 'vpc-uf657qec7lx42paw3qxxx', instanceId: 'i-uf6bzcg1pr4oh5jjmxxx', port: 80 };

function errorsOf(schema: typeof CreateVpcAuthorization | typeof ModifyVpcAuthorization, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldMessages(result.error);
}

describe('CreateVpcAuthorization', () => {
  it('when complete, then it parses', () => {
    expect(CreateVpcAuthorization.parse({ ...valid, vpcTargetHostName: 'iot.example.com' })).toMatchObject(valid);
  });

  it.each([
    [0, 'must be between 1 and 65535'],
    [65536, 'must be between 1 and 65535'],
    [80.5, 'must be a whole number'],
    ['abc', 'must be a number'],
  ])('when the port is %s, then it says "%s"', (port, message) => {
    expect(errorsOf(CreateVpcAuthorization, { ...valid, port })).toEqual({ port: message });
  });

  it('when the port is at the edges, then it parses', () => {
    expect(CreateVpcAuthorization.parse({ ...valid, port: 1 }).port).toBe(1);
    expect(CreateVpcAuthorization.parse({ ...valid, port: '65535' }).port).toBe(65535);
  });

  it('when required fields are missing, then each is named', () => {
    expect(Object.keys(errorsOf(CreateVpcAuthorization, {})).sort()).toEqual(['instanceId', 'name', 'port', 'vpcId']);
  });

  it('when ids carry spaces or odd characters, then they are refused with an example', () => {
    expect(errorsOf(CreateVpcAuthorization, { ...valid, vpcId: 'vpc 1' }).vpcId).toMatch(/VPC id such as vpc-/);
    expect(errorsOf(CreateVpcAuthorization, { ...valid, instanceId: '../etc' }).instanceId).toMatch(/instance id/);
  });

  it('when the host name is not one, then it is refused', () => {
    expect(errorsOf(CreateVpcAuthorization, { ...valid, vpcTargetHostName: 'http://x' }).vpcTargetHostName).toMatch(/host name/);
    expect(errorsOf(CreateVpcAuthorization, { ...valid, vpcTargetHostName: '-bad.example.com' }).vpcTargetHostName).toMatch(/host name/);
  });

  it('when a name is too long or has control characters, then it is refused', () => {
    expect(errorsOf(CreateVpcAuthorization, { ...valid, name: 'a'.repeat(51) }).name).toMatch(/50 characters/);
    expect(errorsOf(CreateVpcAuthorization, { ...valid, name: 'a\nb' }).name).toMatch(/control characters/);
  });

  it.each(['😀 emoji name', 'two words', '-leading-dash', '_hidden', 'a/b'])('when the name is %s, then the naming rule refuses it', (name) => {
    expect(errorsOf(CreateVpcAuthorization, { ...valid, name }).name).toMatch(/may only contain letters|must start with a letter|must not contain/);
  });

  it.each(['orders-backend', '授权-一号', 'vpc.core_2', '8080-proxy'])('when the name is %s, then it follows the rule and parses', (name) => {
    expect(CreateVpcAuthorization.parse({ ...valid, name }).name).toBe(name);
  });

  it('when an unknown field is sent, then it is refused rather than silently dropped', () => {
    expect(CreateVpcAuthorization.safeParse({ ...valid, role: 'admin' }).success).toBe(false);
  });
});

describe('ModifyVpcAuthorization', () => {
  const { name: _name, ...fields } = valid;

  it('when NeedBatchWork is not given, then it defaults to updating the bound APIs', () => {
    expect(ModifyVpcAuthorization.parse(fields)).toMatchObject({ needBatchWork: true, refresh: false });
  });

  it('when the name is sent, then it is refused: a name cannot change', () => {
    expect(ModifyVpcAuthorization.safeParse({ ...fields, name: 'renamed' }).success).toBe(false);
  });

  it('when a client token is malformed, then it is refused', () => {
    expect(errorsOf(ModifyVpcAuthorization, { ...fields, clientToken: 'x' }).clientToken).toMatch(/8 to 64/);
    expect(ModifyVpcAuthorization.parse({ ...fields, clientToken: 'c20d86c4-1eb3-4d0b-afe9-c586df1e2136' }).clientToken).toBeTruthy();
  });
});

describe('VpcAuthorizationListQuery', () => {
  it('when empty, then the first page of 20', () => {
    expect(VpcAuthorizationListQuery.parse({})).toEqual({ page: 1, pageSize: 20 });
  });
  it('when out of range, then refused', () => {
    expect(VpcAuthorizationListQuery.safeParse({ pageSize: '0' }).success).toBe(false);
    expect(VpcAuthorizationListQuery.safeParse({ page: '-1' }).success).toBe(false);
    expect(VpcAuthorizationListQuery.safeParse({ profile: 'Bad Profile' }).success).toBe(false);
  });
});

describe('vpcAuthorizationSearch', () => {
  it.each([
    ['vpc-bp1a2b3c4d5e6f7g8h9i0', { vpcId: 'vpc-bp1a2b3c4d5e6f7g8h9i0' }],
    ['i-bp1a2b3c4d5e6f7g8h9', { instanceId: 'i-bp1a2b3c4d5e6f7g8h9' }],
    ['lb-bp1a2b3c4d5e6f7g8h9', { instanceId: 'lb-bp1a2b3c4d5e6f7g8h9' }],
    ['8080', { port: '8080' }],
    ['vpc-core-backend', { name: 'vpc-core-backend' }],
    ['70000', { name: '70000' }],
    ['orders', { name: 'orders' }],
  ])('when %s is searched, then it is looked for as %j', (search, expected) => {
    expect(vpcAuthorizationSearch(search)).toEqual(expected);
  });
});
