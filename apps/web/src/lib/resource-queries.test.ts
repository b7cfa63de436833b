import { describe, expect, it } from 'vitest';
import { resourceKeys, type ResourceListFilter } from './resource-queries';

const keys = resourceKeys<ResourceListFilter & { type?: string | undefined }>('backends');

describe('resourceKeys', () => {
  it('when a filter leaves values out, then its key spells them one way', () => {
    const key = keys.list({ page: 1, pageSize: 20, search: undefined, type: undefined, profile: undefined });
    expect(key).toStrictEqual(['backends', 'list', { page: 1, pageSize: 20, search: '' }]);
    expect(keys.list({ page: 1, pageSize: 20 })).toStrictEqual(key);
  });

  it('when keys are compared, then lists() and details() are prefixes of every list and detail', () => {
    expect(keys.list({ page: 2, pageSize: 10, search: 'a', type: 'HTTP', profile: 'p' }).slice(0, 2)).toEqual(keys.lists());
    expect(keys.detail('b-1', 'p')).toEqual(['backends', 'detail', 'b-1', { profile: 'p' }]);
    expect(keys.detail('b-1').slice(0, 2)).toEqual(keys.details());
  });
});
