import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPathFrom } from './return-to';

describe('safeReturnPath', () => {
  it('when the path is inside the console, then it is kept with its query', () => {
    expect(safeReturnPath('/audit?result=failed&page=2')).toBe('/audit?result=failed&page=2');
  });

  it('when it points elsewhere or is missing, then it is the start page', () => {
    for (const next of [null, undefined, '', 'audit', 'https://evil.example/', '//evil.example', '/\\evil.example']) {
      expect(safeReturnPath(next)).toBe('/');
    }
  });

  it('when it is the sign-in page itself, then it is the start page (no loop)', () => {
    expect(safeReturnPath('/sign-in')).toBe('/');
    expect(safeReturnPath('/sign-in?next=%2Faudit')).toBe('/');
  });
});

describe('signInPathFrom', () => {
  it('when someone was on a page, then sign-in brings them back to it', () => {
    expect(signInPathFrom({ pathname: '/vpc-authorizations/orders', search: '?task=1' })).toBe('/sign-in?next=%2Fvpc-authorizations%2Forders%3Ftask%3D1');
  });

  it('when they were on the start page, then there is nothing to return to', () => {
    expect(signInPathFrom({ pathname: '/', search: '' })).toBe('/sign-in');
  });
});
