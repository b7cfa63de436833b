// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { User } from '@portico/contracts/auth';
import { renderWithApp } from '@/testing/render';
import { PeopleTable } from './people-table';

const person = (username: string, role: User['role'], createdAt: string): User => ({
  id: username,
  username,
  displayName: username.toUpperCase(),
  role,
  disabled: false,
  createdAt,
  source: 'local',
  groups: [],
});

const people = [
  person('mia', 'operator', '2026-05-01T00:00:00.000Z'),
  person('ana', 'admin', '2026-07-01T00:00:00.000Z'),
  person('zoe', 'viewer', '2026-01-01T00:00:00.000Z'),
];

const usernames = () =>
  within(screen.getByRole('table', { name: 'People' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent);

const sortBy = (column: RegExp) => fireEvent.click(within(screen.getByRole('columnheader', { name: column })).getByRole('button'));

afterEach(cleanup);

describe('PeopleTable', () => {
  it('when a header is clicked, then the people sort by it: roles by what they allow, dates by time; the actions column does not sort', () => {
    localStorage.clear();
    const { router } = renderWithApp(
      <PeopleTable
        users={people}
        currentUserId="ana"
        savingId={undefined}
        onChangeRole={() => undefined}
        onToggleDisabled={() => undefined}
        onResetPassword={() => undefined}
      />,
    );
    expect(usernames()).toEqual(['mia', 'ana', 'zoe']);

    sortBy(/Username/);
    expect(usernames()).toEqual(['ana', 'mia', 'zoe']);

    sortBy(/Role/);
    expect(usernames()).toEqual(['zoe', 'mia', 'ana']);
    expect(router.state.location.search).toBe('?sort=4&order=asc');

    sortBy(/Created/);
    sortBy(/Created/);
    expect(usernames()).toEqual(['ana', 'mia', 'zoe']);
    expect(screen.getByRole('columnheader', { name: /Created/ }).getAttribute('aria-sort')).toBe('descending');

    expect(within(screen.getByRole('columnheader', { name: 'Actions' })).queryByRole('button')).toBeNull();
  });
});
