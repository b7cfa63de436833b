import { describe, expect, it } from 'vitest';
import { routes } from '@portico/contracts/routes';
import { inputOf, operationOf } from './operation';

describe('a refused call as a change request', () => {
  it('names the operation by its route and keeps params, query and body, leaving out empty values', () => {
    const sent = { route: routes.modifyBackendModel, params: { id: 'b1', stage: 'RELEASE' }, query: { profile: undefined }, body: { data: { a: 1 } } };
    expect(operationOf(sent)).toBe('modifyBackendModel');
    expect(inputOf(sent)).toEqual({ params: { id: 'b1', stage: 'RELEASE' }, query: {}, body: { data: { a: 1 } } });
  });
  it('knows no operation for a route no policy can hold', () => {
    expect(operationOf({ route: routes.createToken })).toBeUndefined();
  });
});
