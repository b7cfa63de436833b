import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, readableOn } from './contrast';

describe('contrast', () => {
  it('when black is measured against white, then the ratio is 21', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('when Mantine gray-6 is measured on white, then it is below AA, as axe says (3.32)', () => {
    expect(contrastRatio('#868e96', '#fff')).toBeCloseTo(3.32, 2);
  });

  it('when a colour is too light on white, then readableOn darkens it until it reaches 4.5:1, and leaves a readable one alone', () => {
    const fixed = readableOn('#868e96', '#ffffff', 'darker');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readableOn('#000000', '#ffffff', 'darker')).toBe('#000000');
  });

  it('when a colour is too dark on a dark surface, then readableOn lightens it', () => {
    expect(contrastRatio(readableOn('#5c5f66', '#242424', 'lighter'), '#242424')).toBeGreaterThanOrEqual(4.5);
  });

  it('when rgb() and rgba() strings are given, then their channels are read', () => {
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30]);
    expect(parseColor('rgb(1 2 3)')).toEqual([1, 2, 3]);
  });
});
