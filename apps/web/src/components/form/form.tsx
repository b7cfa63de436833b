import type { ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@mantine/core';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '@/lib/api-client';
import { applyServerFieldErrors } from './server-errors';

/** The form's methods: fields hold the schema's input, submit hands over its output. */
export type FormMethods<I extends FieldValues, O extends FieldValues> = UseFormReturn<I, unknown, O>;

export interface FormProps<I extends FieldValues, O extends FieldValues> {
  /** The contract's request schema; the form never restates its rules. */
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  /**
   * Called with the parsed values. An ApiError it throws is taken care of here: its field
   * messages are set on the fields; the caller shows the rest (it holds the mutation state).
   */
  onSubmit: (values: O, form: FormMethods<I, O>) => unknown;
  children: ReactNode | ((form: FormMethods<I, O>) => ReactNode);
  id?: string;
  'aria-label'?: string;
}

/** One wrapper around react-hook-form and the zod resolver; features only wire fields. */
export function Form<I extends FieldValues, O extends FieldValues>({ schema, defaultValues, onSubmit, children, id, ...rest }: FormProps<I, O>) {
  const { t } = useTranslation();
  const form = useForm<I, unknown, O>({
    resolver: zodResolver(schema),
    defaultValues,
    // Validate on submit, then again on every change: no blur validation racing the submit.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values, form);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.fields) applyServerFieldErrors(form, error.fields);
    }
  });

  const rootError = form.formState.errors.root?.server?.message;
  return (
    <FormProvider {...form}>
      <form id={id} aria-label={rest['aria-label']} noValidate onSubmit={(event) => void submit(event)}>
        {rootError ? (
          <Alert color="red" variant="light" mb="md" title={t('components.form.check')}>
            {rootError}
          </Alert>
        ) : null}
        {typeof children === 'function' ? children(form) : children}
      </form>
    </FormProvider>
  );
}
