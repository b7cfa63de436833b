// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ApiToken } from '@portico/contracts/tokens';
import { renderWithApp } from '@/testing/render';
import { TokensTable } from './tokens-table';

const token = (name: string, createdAt: string, lastUsedAt?: string): ApiToken => ({
  id: name,
  name,
  access: 'read',
  owner: { id: 'u1', username: 'ana' },
  createdAt,
  expiresAt: '2099-01-01T00:00:00.000Z',
  ...(lastUsedAt ? { lastUsedAt } : {}),
});

const tokens = [
  token('deploy', '2026-03-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z'),
  token('backup', '2026-01-15T10:00:00.000Z'),
  token('ci', '2026-02-10T10:00:00.000Z', '2026-10-01T10:00:00.000Z'),
];

const names = () =>
  within(screen.getByRole('table', { name: 'API tokens' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent);

const sortBy = (column: RegExp) => fireEvent.click(within(screen.getByRole('columnheader', { name: column })).getByRole('button'));

afterEach(cleanup);

describe('TokensTable', () => {
  it('when a header is clicked, then the tokens sort by it (dates by time, never-used last), the header says so and the actions column does not sort', () => {
    localStorage.clear();
    const { router } = renderWithApp(<TokensTable tokens={tokens} showOwner={false} onRevoke={() => undefined} />);
    expect(names()).toEqual(['deploy', 'backup', 'ci']);

    sortBy(/Name/);
    expect(names()).toEqual(['backup', 'ci', 'deploy']);
    expect(router.state.location.search).toBe('?sort=0&order=asc');

    sortBy(/Created/);
    expect(names()).toEqual(['backup', 'ci', 'deploy']);
    sortBy(/Created/);
    expect(names()).toEqual(['deploy', 'ci', 'backup']);
    expect(screen.getByRole('columnheader', { name: /Created/ }).getAttribute('aria-sort')).toBe('descending');

    sortBy(/Last used/);
    expect(names()).toEqual(['ci', 'deploy', 'backup']);
    sortBy(/Last used/);
    expect(names()).toEqual(['deploy', 'ci', 'backup']);

    const headers = screen.getAllByRole('columnheader');
    expect(within(headers.at(-1)!).queryByRole('button')).toBeNull();
  });
});
