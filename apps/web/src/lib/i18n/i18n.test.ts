import { describe, expect, it } from 'vitest';
import { detectLocale, i18n } from './i18n';

describe('detectLocale', () => {
  it('when this browser chose a language before, then that one, whatever the browser prefers', () => {
    expect(detectLocale('en', ['zh-CN', 'zh'])).toBe('en');
    expect(detectLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('when nothing was chosen, then the first of the browser languages we have: any Chinese is zh-CN', () => {
    expect(detectLocale(null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(detectLocale(null, ['zh-TW'])).toBe('zh-CN');
    expect(detectLocale(null, ['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(detectLocale(null, ['de', 'zh-Hans-CN'])).toBe('zh-CN');
  });

  it('when the browser offers neither, or a stored value is not a language we have, then English', () => {
    expect(detectLocale(null, ['fr', 'de'])).toBe('en');
    expect(detectLocale('klingon', [])).toBe('en');
  });
});

describe('the glossary in messages', () => {
  it('when a message names a cloud resource, then each language uses the console term from the glossary', () => {
    expect(i18n.t('nav.vpcAuthorizations', { lng: 'zh-CN' })).toBe('VPC授权');
    expect(i18n.t('nav.endpointServices', { lng: 'zh-CN' })).toBe('终端节点服务');
    expect(i18n.t('notFound.goToStart', { lng: 'zh-CN' })).toBe('前往VPC授权');
    expect(i18n.t('nav.vpcAuthorizations', { lng: 'en' })).toBe('VPC authorizations');
  });

  it('when a count is given, then English chooses its plural form and Chinese has one', () => {
    expect(i18n.t('userMenu.idle', { lng: 'en', count: 1 })).toBe('You are signed out after 1 minute without activity.');
    expect(i18n.t('userMenu.idle', { lng: 'en', count: 30 })).toBe('You are signed out after 30 minutes without activity.');
    expect(i18n.t('userMenu.idle', { lng: 'zh-CN', count: 30 })).toBe('无操作 30 分钟后将自动退出登录。');
  });

  it("when a count is large, then it is grouped in the reader's locale, not written as it is", () => {
    expect(i18n.t('bindings.page.apiCount', { lng: 'en', shown: 10_001, count: 25_000 })).toBe('10,001 of 25,000 APIs');
    expect(i18n.t('bindings.page.apiCount', { lng: 'zh-CN', shown: 10_001, count: 25_000 })).toBe('10,001/25,000个API');
  });
});
