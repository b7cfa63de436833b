import type { ReactNode } from 'react';
import { NativeSelect } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useFieldError } from './fields';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: string;
  options: readonly SelectOption[];
  description?: ReactNode;
  required?: boolean;
}

/** The browser's own select: keyboard- and screen-reader-friendly, no popover to manage. */
export function SelectField({ name, label, options, ...props }: SelectFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name, label);
  return <NativeSelect label={label} withAsterisk={false} error={error} data={[...options]} {...props} {...register(name)} />;
}
