import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';

describe('a change request’s reach in words', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('in English, counts APIs and groups each with its own plural', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('changes.reach', { count: 12, groups: 2, release: 12 })).toBe('12 published APIs in 2 groups, 12 in RELEASE');
    expect(i18n.t('changes.reach', { count: 1, groups: 1, release: 0 })).toBe('1 published API in 1 group, 0 in RELEASE');
  });

  it('in Chinese, reads as the console writes it', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('changes.reach', { count: 12, groups: 2, release: 12 })).toBe('12 个已发布 API，分布在 2 个分组，其中 12 个在线上环境 (RELEASE)');
  });
});
