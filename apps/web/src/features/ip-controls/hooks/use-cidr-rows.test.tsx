// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { PolicyItemFormValues } from '@portico/contracts/ip-controls';
import { useCidrRows } from './use-cidr-rows';

function withForm(cidrs: string[]) {
  return function Wrapper({ children }: { children: ReactNode }) {
    const form = useForm<PolicyItemFormValues>({ defaultValues: { cidrs } });
    return <FormProvider {...form}>{children}</FormProvider>;
  };
}

describe('useCidrRows', () => {
  it('when a list is pasted and filled, then the rows follow the typed ones and it says how many were added', () => {
    const { result } = renderHook(() => useCidrRows('ALLOW', []), { wrapper: withForm(['10.0.0.1', '']) });
    act(() => result.current.setPasted('10.0.0.2, 10.0.0.3'));
    act(() => result.current.fill());
    expect(result.current.rows).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
    expect(result.current.filled).toBe(2);
    expect(result.current.pasted).toBe('');
    act(() => result.current.setPasted('x'));
    expect(result.current.filled).toBeNull();
  });

  it('when Enter is pressed on the last row, then a row is added; removing the only row leaves an empty one', () => {
    const { result } = renderHook(() => useCidrRows('ALLOW', []), { wrapper: withForm(['10.0.0.1']) });
    act(() => result.current.next(0));
    expect(result.current.rows).toEqual(['10.0.0.1', '']);
    act(() => result.current.remove(1));
    act(() => result.current.remove(0));
    expect(result.current.rows).toEqual(['']);
  });

  it('when a row is typed, then its message and warnings are worked out at once; a blank row waits for a save', () => {
    const { result } = renderHook(() => useCidrRows('ALLOW', [{ id: 'P1', cidrs: ['203.0.113.0/24'] }]), { wrapper: withForm(['', '']) });
    act(() => result.current.update(0, '10.0.0.0/33'));
    act(() => result.current.update(1, '203.0.113.7'));
    expect(result.current.messageOf(0)).toMatch(/10\.0\.0\.0\/33/);
    expect(result.current.warningsOf(1)).toEqual(['203.0.113.7 is inside 203.0.113.0/24 of policy item P1']);
    act(() => result.current.update(1, ''));
    expect(result.current.messageOf(1)).toBeUndefined();
  });

  it('when the item is full, then Enter on the last row adds nothing', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `10.0.0.${i}`);
    const { result } = renderHook(() => useCidrRows('REFUSE', []), { wrapper: withForm(ten) });
    expect(result.current.full).toBe(true);
    act(() => result.current.next(9));
    expect(result.current.rows).toHaveLength(10);
  });
});
