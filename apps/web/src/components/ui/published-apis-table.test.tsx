// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { i18n } from '@/lib/i18n/i18n';
import { renderWithApp } from '@/testing/render';
import { PublishedApisTable } from './published-apis-table';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const apis: PublishedApi[] = [
  { apiId: 'a1', apiName: 'create_order', groupId: 'g1', groupName: 'portico_orders', stageId: 's1', stageName: 'RELEASE', method: 'POST', path: '/v1/orders' },
  { apiId: 'a2', apiName: 'get_order', groupId: 'g1', groupName: 'portico_orders', stageId: 's2', stageName: 'TEST', method: 'GET', path: '/v1/orders/[id]' },
];
const headers = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

describe('PublishedApisTable', () => {
  it('when full, then it shows group, stage, API name, method and path, one row per API', async () => {
    renderWithApp(<PublishedApisTable apis={apis} label="Bound APIs" empty="none" />);
    await screen.findByRole('table', { name: 'Bound APIs' });
    expect(headers('Bound APIs')).toEqual(['Group', 'Stage', 'API name', 'Method', 'Path']);
    expect(within(screen.getByRole('table', { name: 'Bound APIs' })).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('/v1/orders/[id]')).toBeTruthy();
  });

  it('when compact, then only group, stage and API name', async () => {
    renderWithApp(<PublishedApisTable apis={apis} compact label="Reached" empty="none" />);
    await screen.findByRole('table', { name: 'Reached' });
    expect(headers('Reached')).toEqual(['Group', 'Stage', 'API name']);
  });

  it('when the list is of one stage, then the stage column is left out', async () => {
    renderWithApp(<PublishedApisTable apis={apis} showStage={false} label="In RELEASE" empty="none" />);
    await screen.findByRole('table', { name: 'In RELEASE' });
    expect(headers('In RELEASE')).toEqual(['Group', 'API name', 'Method', 'Path']);
  });

  it('when no API has a method or path (an ACL binding list), then those columns are left out rather than empty', async () => {
    const bare = apis.map(({ method: _m, path: _p, ...api }) => api);
    renderWithApp(<PublishedApisTable apis={bare} label="Guarded" empty="none" />);
    await screen.findByRole('table', { name: 'Guarded' });
    expect(headers('Guarded')).toEqual(['Group', 'Stage', 'API name']);
  });

  it('when asked to, then API names link to their chain on the bindings page', async () => {
    renderWithApp(<PublishedApisTable apis={apis} linkToChain label="Bound APIs" empty="none" />);
    const link = await screen.findByRole('link', { name: 'create_order' });
    expect(link.getAttribute('href')).toMatch(/^\/bindings\?chain=/);
  });

  it('when there is no API, then it says the given sentence and shows no table', async () => {
    renderWithApp(<PublishedApisTable apis={[]} label="Bound APIs" empty="No published API is bound." />);
    expect(await screen.findByText('No published API is bound.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('when the reader reads Chinese, then the headers are Chinese (the glossary’s 分组 and 环境)', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithApp(<PublishedApisTable apis={apis} label="API" empty="none" />);
    await screen.findByRole('table', { name: 'API' });
    expect(headers('API')).toEqual(['API分组', '环境', 'API名称', '方法', '路径']);
  });
});
