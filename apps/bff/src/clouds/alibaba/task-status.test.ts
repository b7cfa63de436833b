import { describe, expect, it } from 'vitest';
import { apiUpdateStatus } from './task-status.ts';

describe('apiUpdateStatus', () => {
  it('when the cloud says success in any case, then succeeded', () => {
    expect(apiUpdateStatus('success')).toBe('succeeded');
    expect(apiUpdateStatus('SUCCESS')).toBe('succeeded');
  });
  it('when it says fail or failed, then failed', () => {
    expect(apiUpdateStatus('fail')).toBe('failed');
    expect(apiUpdateStatus('FAILED')).toBe('failed');
  });
  it('when it says init, then pending', () => {
    expect(apiUpdateStatus('init')).toBe('pending');
  });
  it('when the word is unknown or missing, then still running rather than ended', () => {
    expect(apiUpdateStatus('DEPLOYING_SOMEWHERE')).toBe('running');
    expect(apiUpdateStatus(undefined)).toBe('running');
  });
  it('when it says OVER, then ended: failed with an error message, succeeded without one', () => {
    expect(apiUpdateStatus('OVER', 'Failed')).toBe('failed');
    expect(apiUpdateStatus('OVER', '')).toBe('succeeded');
    expect(apiUpdateStatus('over')).toBe('succeeded');
  });
});
