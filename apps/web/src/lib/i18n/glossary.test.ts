import { describe, expect, it } from 'vitest';
import { glossary, glossaryFor } from './glossary';

describe('the glossary', () => {
  it("when a term names a cloud's resource, then it says where its Chinese was checked: the cloud's own documentation", () => {
    const unsourced = Object.entries(glossary)
      .filter(([, term]) => term.source !== 'Portico')
      .filter(([, term]) => !/^https:\/\/(help\.aliyun\.com|(support\.)?huaweicloud\.com)\//.test(term.source))
      .map(([key]) => key);
    expect(unsourced).toEqual([]);
  });

  it('when a language side is taken, then each term is in that language', () => {
    expect(glossaryFor('zh-CN')).toMatchObject({ backendModel: '后端模型', vpcEndpoint: '终端节点', portMapping: '端口映射', connectionApproval: '连接审批' });
    expect(glossaryFor('en').vpcEndpoint).toBe('VPC endpoint');
  });
});
