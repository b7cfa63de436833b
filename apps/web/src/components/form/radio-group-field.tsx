import type { ReactNode } from 'react';
import { Radio, Stack } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useFieldError } from './fields';

export interface RadioOption {
  value: string;
  /** Each option's name: what people and tests find it by. */
  label: ReactNode;
  description?: ReactNode;
}

interface RadioGroupFieldProps {
  name: string;
  label: string;
  options: readonly RadioOption[];
  description?: ReactNode;
}

/** One choice of a few, each option with its meaning; a group with a legend for assistive tech. */
export function RadioGroupField({ name, label, options, description }: RadioGroupFieldProps) {
  const { control } = useFormContext();
  const error = useFieldError(name, label);
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Radio.Group
          label={label}
          description={description}
          error={error}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : null}
          onChange={field.onChange}
          withAsterisk={false}
        >
          <Stack gap="xs" mt="xs">
            {options.map((option, index) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                description={option.description}
                onBlur={field.onBlur}
                disabled={field.disabled}
                ref={index === 0 ? field.ref : undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    />
  );
}
