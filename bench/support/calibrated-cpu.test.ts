import { describe, expect, it } from 'vitest';
import { calibratedMultiplier } from './calibrated-cpu.ts';

describe('calibratedMultiplier', () => {
  it("meets the calculator's anchor points", () => {
    expect(calibratedMultiplier(150)).toBeCloseTo(1);
    expect(calibratedMultiplier(800)).toBeCloseTo(2);
    expect(calibratedMultiplier(1300)).toBeCloseTo(3);
    expect(calibratedMultiplier(1533)).toBeCloseTo(4);
    expect(calibratedMultiplier(1766)).toBeCloseTo(5);
    expect(calibratedMultiplier(2000)).toBeCloseTo(6, 1);
  });

  it('gives the bench hosts their multipliers: 4x is right for one, not the other', () => {
    expect(calibratedMultiplier(1577).toFixed(1)).toBe('4.2');
    expect(calibratedMultiplier(2771).toFixed(1)).toBe('9.3');
  });

  it('never speeds a host up', () => {
    expect(calibratedMultiplier(50)).toBe(1);
  });
});
