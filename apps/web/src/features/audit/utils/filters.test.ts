import { describe, expect, it } from 'vitest';
import { filtersOf, fromLocalInput, hasFilters, readAuditQuery, toLocalInput, withFilter, withoutFilters } from './filters';

describe('readAuditQuery', () => {
  it('when the URL holds filters, then they are read with the contract', () => {
    const query = readAuditQuery(new URLSearchParams('actor=ana&resourceType=vpc-authorization&result=failed&from=2026-03-16T00:00:00.000Z&page=3&pageSize=50'));
    expect(query).toEqual({
      page: 3,
      pageSize: 50,
      actor: 'ana',
      resourceType: 'vpc-authorization',
      result: 'failed',
      from: '2026-03-16T00:00:00.000Z',
    });
  });

  it('when a value breaks the contract, then it is left out and paging falls back', () => {
    const query = readAuditQuery(new URLSearchParams('resourceType=planet&result=maybe&from=yesterday&page=-1&pageSize=500&actor=%20'));
    expect(query).toEqual({ page: 1, pageSize: 20 });
    expect(hasFilters(query)).toBe(false);
  });
});

describe('filtersOf', () => {
  it('when a query has paging and filters, then only the filters are kept (for the export)', () => {
    expect(filtersOf({ page: 2, pageSize: 10, operation: 'SetVpcAccess', to: '2026-03-17T00:00:00.000Z' })).toEqual({
      operation: 'SetVpcAccess',
      to: '2026-03-17T00:00:00.000Z',
    });
  });
});

describe('withFilter and withoutFilters', () => {
  it('when a filter is set, then the page goes back to the first and other params stay', () => {
    const next = withFilter(new URLSearchParams('page=4&pageSize=50&actor=ana'), 'result', 'failed');
    expect(next.toString()).toBe('pageSize=50&actor=ana&result=failed');
  });

  it('when a filter is emptied, then it leaves the URL', () => {
    expect(withFilter(new URLSearchParams('actor=ana'), 'actor', '  ').toString()).toBe('');
  });

  it('when all filters are cleared, then page size stays', () => {
    expect(withoutFilters(new URLSearchParams('actor=ana&result=failed&pageSize=50&page=2')).toString()).toBe('pageSize=50');
  });
});

describe('local date inputs', () => {
  it('when a local time is entered, then the API gets the same instant, and it reads back the same', () => {
    const local = new Date(2026, 2, 16, 9, 5);
    expect(fromLocalInput('2026-03-16T09:05')).toBe(local.toISOString());
    expect(toLocalInput(local.toISOString())).toBe('2026-03-16T09:05');
  });

  it('when empty or invalid, then nothing', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('not a date')).toBeUndefined();
    expect(toLocalInput(undefined)).toBe('');
  });
});
