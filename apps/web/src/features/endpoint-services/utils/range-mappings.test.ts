import { describe, expect, it } from 'vitest';
import { buildRange } from './range-mappings';

describe('buildRange', () => {
  it('when client ports A–B start at server port C, then each maps to the next server port', () => {
    const result = buildRange({ firstClient: 8000, lastClient: 8003, firstServer: 9000 });
    expect(result).toEqual({
      ok: true,
      summary: '8000–8003 → 9000–9003: 4 mappings',
      rows: [
        { clientPort: 8000, serverPort: 9000, protocol: 'TCP' },
        { clientPort: 8001, serverPort: 9001, protocol: 'TCP' },
        { clientPort: 8002, serverPort: 9002, protocol: 'TCP' },
        { clientPort: 8003, serverPort: 9003, protocol: 'TCP' },
      ],
    });
  });

  it('when the range is one port, then it adds one mapping', () => {
    expect(buildRange({ firstClient: 22, lastClient: 22, firstServer: 2222 })).toMatchObject({ ok: true, summary: '22 → 2222: 1 mapping' });
  });

  it('when a number is missing or out of range, then that input says so in the contract’s words', () => {
    expect(buildRange({ firstClient: Number.NaN, lastClient: 70000, firstServer: 1 })).toEqual({
      ok: false,
      errors: { firstClient: 'must be a port number', lastClient: 'must be between 1 and 65535' },
    });
  });

  it('when the range runs backwards, is too long or runs past 65535, then it is refused', () => {
    expect(buildRange({ firstClient: 10, lastClient: 9, firstServer: 1 })).toEqual({
      ok: false,
      errors: { lastClient: 'must not be below the first client port (10)' },
    });
    expect(buildRange({ firstClient: 1, lastClient: 201, firstServer: 1 })).toMatchObject({ ok: false, errors: { lastClient: expect.stringContaining('at most 200') } });
    expect(buildRange({ firstClient: 1, lastClient: 10, firstServer: 65530 })).toEqual({
      ok: false,
      errors: { firstServer: 'is too high: 10 server ports from it would run past 65535 (to 65539)' },
    });
  });
});
