import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, InventoryResource } from '@portico/contracts/bindings';
import { i18n } from '@/lib/i18n/i18n';
import { impactSentence } from './impact-sentence';
import { boundLabel, detailFields, findingText, kindLabel } from './labels';

const wideAcl: Finding = {
  kind: 'wide-acl-entry',
  severity: 'high',
  subject: 'ip-control:acl-1',
  subjectName: 'partners',
  message: 'partners allows 10.0.0.0/8, which is close to allowing everyone. It guards 1200 published APIs, 3 in RELEASE.',
  params: { name: 'partners', cidr: '10.0.0.0/8', count: 1200, release: 3 },
};

const authorization: InventoryResource = {
  key: 'vpc-authorization:a1',
  kind: 'vpc-authorization',
  cloud: 'alibaba',
  id: 'a1',
  name: 'orders-vpc',
  boundCount: 1,
  details: { vpcId: 'vpc-1', instanceId: 'i-1', port: 8080, approvalEnabled: false },
};

describe('the bindings words in the reader’s language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('when a finding carries its values, then it is said from them in English and in Chinese, counts grouped', async () => {
    expect(findingText(wideAcl)).toBe('partners allows 10.0.0.0/8, which is close to allowing everyone. It guards 1,200 published APIs, 3 in RELEASE.');
    await i18n.changeLanguage('zh-CN');
    expect(findingText(wideAcl)).toBe('partners允许10.0.0.0/8，接近允许所有人。涉及1,200个已发布API，其中3个在RELEASE。');
  });

  it('when a finding was stored before findings carried values, then its English sentence is shown as it is', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(findingText({ ...wideAcl, params: undefined })).toBe(wideAcl.message);
  });

  it('when a resource is described, then its kind, bound count and details use the console’s terms in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(kindLabel('vpc-authorization')).toBe('VPC授权');
    expect(boundLabel(authorization)).toBe('1个API');
    expect(detailFields(authorization).map((f) => `${f.label}=${f.value}`)).toEqual(['VPC=vpc-1', '实例ID=i-1', '端口=8080', '连接审批=未开启：任何人都可连接']);
  });

  it('when an impact is summed up, then the sentence is said from its counts in each language', async () => {
    const summary = { apiCount: 24, groupCount: 3, byStage: { RELEASE: 6, TEST: 18 } };
    expect(impactSentence(summary)).toBe('24 APIs in 3 groups, 6 of them in RELEASE depend on it.');
    expect(impactSentence({ apiCount: 0, groupCount: 0, byStage: {} })).toBe('No published API depends on it.');
    await i18n.changeLanguage('zh-CN');
    expect(impactSentence(summary)).toBe('3个分组中的24个API依赖它，其中6个在RELEASE环境。');
    expect(impactSentence({ apiCount: 2, groupCount: 1, byStage: { RELEASE: 2 } })).toBe('1个分组中的2个API依赖它，全部在RELEASE环境。');
  });
});
