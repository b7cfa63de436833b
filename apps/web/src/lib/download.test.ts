import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './download';

describe('filenameFromDisposition', () => {
  it('when the server names the file, then that name is used', () => {
    expect(filenameFromDisposition('attachment; filename="portico-audit-2026-03-16T10-04-00-000Z.csv"')).toBe('portico-audit-2026-03-16T10-04-00-000Z.csv');
    expect(filenameFromDisposition('attachment; filename=audit.json')).toBe('audit.json');
  });

  it('when an encoded name is given too, then it wins', () => {
    expect(filenameFromDisposition(`attachment; filename="a.csv"; filename*=UTF-8''audit%20log.csv`)).toBe('audit log.csv');
  });

  it('when there is no name, then there is none', () => {
    expect(filenameFromDisposition(null)).toBeUndefined();
    expect(filenameFromDisposition('attachment')).toBeUndefined();
  });
});
