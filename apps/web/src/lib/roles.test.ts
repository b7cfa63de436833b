import { describe, expect, it } from 'vitest';
import { deniedReason, leastRoleFor } from './roles';

describe('leastRoleFor', () => {
  it('when asked what a need starts at, then it follows the contracts: read → viewer, change → operator, admin → admin', () => {
    expect(leastRoleFor('read')).toBe('viewer');
    expect(leastRoleFor('change')).toBe('operator');
    expect(leastRoleFor('admin')).toBe('admin');
  });
});

describe('deniedReason', () => {
  it('when the role may, then there is no reason', () => {
    expect(deniedReason('viewer', 'read')).toBeUndefined();
    expect(deniedReason('operator', 'change')).toBeUndefined();
    expect(deniedReason('admin', 'change')).toBeUndefined();
    expect(deniedReason('admin', 'admin')).toBeUndefined();
  });

  it('when a viewer would change something, then it says so and whom to ask', () => {
    expect(deniedReason('viewer', 'change')).toBe('Your role (viewer) can read but not change. Ask an admin for the operator role.');
  });

  it('when a non-admin would manage people, then it names the admin role', () => {
    expect(deniedReason('operator', 'admin')).toBe('Your role (operator) cannot manage people. Ask an admin for the admin role.');
    expect(deniedReason('viewer', 'admin')).toBe('Your role (viewer) cannot manage people. Ask an admin for the admin role.');
  });

  it('when nobody is signed in, then only public things are allowed', () => {
    expect(deniedReason(undefined, 'public')).toBeUndefined();
    expect(deniedReason(undefined, 'read')).toBe('Sign in to continue.');
  });
});
