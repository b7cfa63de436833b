import { describe, expect, it } from 'vitest';
import { SECRET_MASK } from '@portico/contracts/backend-models';
import { checkModelText, issuesFromFields } from './model-issues';
import { formatModel } from './model-fields';

describe('checkModelText', () => {
  it('when a value breaks the type’s rules, then the issue names its path and the line it is on', () => {
    const text = formatModel({ Type: 'HTTP', HttpTargetHostName: 'a.example', ServiceAddress: 'ftp://x', ServiceTimeout: 10 });
    const check = checkModelText('HTTP', text, undefined);
    expect(check.valid).toBe(false);
    expect(check.issues.map((i) => i.text)).toEqual(['line 4: ServiceAddress must be an http(s) URL']);
  });

  it('when nested values are wrong or keys unknown, then each is placed at its own line, in text order', () => {
    const text = formatModel({ Type: 'VPC', VpcConfig: { VpcId: 'vpc-1', InstanceId: 'i-1', Port: 70000, Colour: 'red' } });
    const { issues } = checkModelText('VPC', text, undefined);
    expect(issues.map((i) => i.text)).toEqual(['line 6: VpcConfig.Port must be between 1 and 65535', 'line 7: VpcConfig.Colour is not a field of VPC models']);
    expect(text.split('\n')[5]).toContain('"Port"');
  });

  it('when a required key is missing, then the issue points at the object that should hold it', () => {
    const text = formatModel({ Type: 'OSS', OssConfig: { OssRegionId: 'cn-hangzhou' } });
    const [issue] = checkModelText('OSS', text, undefined).issues;
    expect(issue?.line).toBe(3);
    expect(issue?.path).toEqual(['OssConfig', 'BucketName']);
  });

  it('when the JSON does not parse, then the one issue is the syntax error at its line', () => {
    const check = checkModelText('HTTP', '{\n  "ServiceAddress": "http://a",\n}', undefined);
    expect(check).toMatchObject({ valid: false, data: null });
    expect(check.issues).toHaveLength(1);
    expect(check.issues[0]?.text).toMatch(/^line 2: remove the comma/);
  });

  it('when the model is not an object, then that is the issue', () => {
    expect(checkModelText('HTTP', '[1]', undefined).issues[0]?.text).toBe('line 1: The model must be a JSON object ({ … })');
  });

  it('when the model is valid, then there is no issue and the data is handed over', () => {
    const data = { Type: 'HTTP', ServiceAddress: 'http://catalog.internal:8080', ServiceTimeout: 10000 };
    expect(checkModelText('HTTP', formatModel(data), undefined)).toMatchObject({ valid: true, data, issues: [] });
  });

  it('when a secret stays masked, then it is kept if the stage stores one and must be typed if not', () => {
    const nacos = (password: string) => ({
      Type: 'HTTP',
      DiscoveryConfig: { RcType: 'NACOS', NacosConfig: { ServerAddress: 'http://nacos:8848', ServiceName: 's', Password: password } },
    });
    const text = formatModel(nacos(SECRET_MASK));
    expect(checkModelText('HTTP', text, nacos(SECRET_MASK)).valid).toBe(true);
    const { issues } = checkModelText('HTTP', text, undefined);
    expect(issues.map((i) => i.text)).toEqual(['line 8: DiscoveryConfig.NacosConfig.Password is masked, but this stage stores no value to keep: enter it']);
  });
  it('when the server address changes while a secret stays masked, then the secret must be typed again', () => {
    const nacos = (address: string, password: string) => ({
      Type: 'HTTP',
      DiscoveryConfig: { RcType: 'NACOS', NacosConfig: { ServerAddress: address, ServiceName: 's', Password: password } },
    });
    const stored = nacos('http://nacos:8848', SECRET_MASK);
    const moved = checkModelText('HTTP', formatModel(nacos('http://elsewhere:8848', SECRET_MASK)), stored);
    expect(moved.issues.map((i) => i.text)).toEqual(['line 8: DiscoveryConfig.NacosConfig.Password must be typed again: the server address changed']);
    expect(checkModelText('HTTP', formatModel(nacos('http://elsewhere:8848', 'typed-again')), stored).valid).toBe(true);
  });
});

describe('issuesFromFields', () => {
  it('when the BFF rejects fields, then they are placed at their lines like the editor’s own', () => {
    const text = formatModel({ Type: 'HTTP', ServiceAddress: 'http://a', ServiceTimeout: 10 });
    expect(issuesFromFields(text, { 'data.ServiceAddress': 'must be an http(s) URL', clientToken: 'x' }).map((i) => i.text)).toEqual([
      'line 3: ServiceAddress must be an http(s) URL',
    ]);
  });
});
