// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Grant } from '@portico/contracts/grants';
import { renderWithApp } from '@/testing/render';
import { GrantsTable } from './grants-table';

const grant = (username: string, role: Grant['role']): Grant => ({
  id: username,
  subject: { type: 'user', username },
  role,
  scope: {},
  source: 'console',
  createdAt: '2026-01-01T00:00:00.000Z',
});

const grants = [grant('mia', 'viewer'), grant('ana', 'operator'), grant('zoe', 'admin')];
const subjectOf = (g: Grant) => (g.subject.type === 'user' ? g.subject.username : '');

function Tables() {
  return (
    <>
      <GrantsTable title="Person" sortName="people" grants={grants} subjectOf={subjectOf} onEdit={() => undefined} onRemove={() => undefined} emptyText="none" />
      <GrantsTable title="Group" sortName="groups" grants={grants} subjectOf={subjectOf} onEdit={() => undefined} onRemove={() => undefined} emptyText="none" />
    </>
  );
}

const subjects = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .filter((row) => row.parentElement?.tagName === 'TBODY' && row.parentElement.parentElement?.getAttribute('aria-label') === table)
    .map((row) => row.querySelector('td')?.textContent);

afterEach(cleanup);

describe('GrantsTable', () => {
  it('when a header is clicked, then that table sorts by it (the grants in words, not their buttons), and the other table on the screen keeps its order', () => {
    localStorage.clear();
    const { router } = renderWithApp(<Tables />);
    const people = screen.getByRole('table', { name: 'Person' });

    fireEvent.click(within(within(people).getByRole('columnheader', { name: /Person/ })).getByRole('button'));
    expect(subjects('Person')).toEqual(['ana', 'mia', 'zoe']);
    expect(subjects('Group')).toEqual(['mia', 'ana', 'zoe']);
    expect(router.state.location.search).toBe('?peopleSort=0&peopleOrder=asc');

    // "admin on …", "operator on …", "viewer on …"
    fireEvent.click(within(within(people).getByRole('columnheader', { name: /What they may do/ })).getByRole('button'));
    expect(subjects('Person')).toEqual(['zoe', 'ana', 'mia']);
    expect(
      within(people)
        .getByRole('columnheader', { name: /What they may do/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
  });
});
