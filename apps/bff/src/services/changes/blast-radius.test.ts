import { describe, expect, it } from 'vitest';
import { blastRadius } from './blast-radius.ts';

const api = (groupName: string, stageName: string) => ({ groupName, stageName });

describe('blastRadius', () => {
  it('counts APIs, groups and how many are in RELEASE', () => {
    expect(blastRadius([api('orders', 'RELEASE'), api('orders', 'TEST'), api('pay', 'RELEASE')])).toBe('3 published APIs in 2 groups, 2 of them in RELEASE');
  });
  it('says so when none or all are in RELEASE, and when there are none', () => {
    expect(blastRadius([api('orders', 'TEST')])).toBe('1 published API in 1 group, none in RELEASE');
    expect(blastRadius([api('orders', 'RELEASE'), api('pay', 'RELEASE')])).toBe('2 published APIs in 2 groups, all in RELEASE');
    expect(blastRadius([])).toBe('No published API');
  });
});
