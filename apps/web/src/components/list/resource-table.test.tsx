// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Table } from '@mantine/core';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { renderWithApp } from '@/testing/render';
import { ResourceTable } from './resource-table';

const items = [
  { name: 'beta', port: 8080 },
  { name: 'alpha', port: 80 },
  { name: 'gamma', port: 443 },
];

function Ports() {
  return (
    <ResourceTable label="Ports" columns={['Name', 'Port']} minWidth={100} stale={false}>
      {items.map((item) => (
        <Table.Tr key={item.name}>
          <Table.Td>{item.name}</Table.Td>
          <Table.Td>{item.port}</Table.Td>
        </Table.Tr>
      ))}
    </ResourceTable>
  );
}

const names = () =>
  within(screen.getByRole('table', { name: 'Ports' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent);

afterEach(cleanup);

describe('ResourceTable sorting', () => {
  it('when a header is clicked, then the rows sort by it, the URL keeps it and the header says so', () => {
    localStorage.clear();
    const { router } = renderWithApp(<Ports />);
    expect(names()).toEqual(['beta', 'alpha', 'gamma']);
    const port = screen.getByRole('columnheader', { name: /Port/ });
    expect(port.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(port).getByRole('button'));
    expect(names()).toEqual(['alpha', 'gamma', 'beta']);
    expect(port.getAttribute('aria-sort')).toBe('ascending');
    expect(router.state.location.search).toBe('?sort=1&order=asc');

    fireEvent.click(within(port).getByRole('button'));
    expect(names()).toEqual(['beta', 'gamma', 'alpha']);
    expect(port.getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(within(port).getByRole('button'));
    expect(names()).toEqual(['beta', 'alpha', 'gamma']);
    expect(router.state.location.search).toBe('');
  });

  it('when the screen is opened again without a sort in the URL, then the order chosen last time holds', () => {
    localStorage.clear();
    const first = renderWithApp(<Ports />);
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'));
    first.unmount();
    renderWithApp(<Ports />);
    expect(names()).toEqual(['alpha', 'beta', 'gamma']);
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
  });
});
