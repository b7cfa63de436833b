import { useId, type ReactNode } from 'react';
import { NumberInput, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { Controller, get, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { fieldMessage } from './server-errors';

/**
 * `required` marks the input required for assistive tech without Mantine's " *": the asterisk
 * would become part of the label's text ("Name *"), and labels are what people and tests
 * find fields by. Optional fields say so in their description instead.
 */
interface FieldProps {
  name: string;
  label: string;
  description?: ReactNode;
  placeholder?: string;
  required?: boolean;
}

/** Subscribes to this field's error only, so each field re-renders when its own message changes. */
export function useFieldError(name: string, label: string): string | undefined {
  const { errors } = useFormState({ name });
  const error = get(errors, name) as FieldError | undefined;
  return fieldMessage(label, error?.message);
}

export function TextField({ name, label, autoComplete = 'off', ...props }: FieldProps & { autoComplete?: string; autoFocus?: boolean }) {
  const { register } = useFormContext();
  const error = useFieldError(name, label);
  return <TextInput label={label} withAsterisk={false} error={error} autoComplete={autoComplete} spellCheck={false} {...props} {...register(name)} />;
}

export function TextareaField({ name, label, ...props }: FieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name, label);
  return <Textarea label={label} withAsterisk={false} error={error} autosize minRows={2} maxRows={6} {...props} {...register(name)} />;
}

/**
 * Numbers through Mantine's NumberInput; the schema coerces and bounds them. Decimals are let
 * through on purpose: with them refused, NumberInput drops the point and `80.5` silently becomes
 * `805`; this way the schema says "must be a whole number" instead.
 */
export function NumberField({ name, label, ...props }: FieldProps) {
  const { control } = useFormContext();
  const error = useFieldError(name, label);
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <NumberInput
          label={label}
          withAsterisk={false}
          error={error}
          allowNegative={false}
          thousandSeparator={false}
          {...props}
          name={field.name}
          ref={field.ref}
          value={typeof field.value === 'number' || typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          disabled={field.disabled}
        />
      )}
    />
  );
}

/**
 * Mantine renders a Switch's description inside its <label>, which would make it part of the
 * control's name; it is rendered beside the switch instead and linked by aria-describedby.
 */
export function SwitchField({ name, label, description }: Omit<FieldProps, 'placeholder' | 'required'>) {
  const { control } = useFormContext();
  const error = useFieldError(name, label);
  const descriptionId = useId();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Stack gap={4}>
          <Switch
            label={label}
            error={error}
            name={field.name}
            ref={field.ref}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            onBlur={field.onBlur}
            disabled={field.disabled}
            aria-describedby={description ? descriptionId : undefined}
          />
          {description ? (
            <Text id={descriptionId} size="xs" c="dimmed" pl={50}>
              {description}
            </Text>
          ) : null}
        </Stack>
      )}
    />
  );
}
