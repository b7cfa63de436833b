import { PasswordInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from './fields';

interface PasswordFieldProps {
  name: string;
  label: string;
  description?: string;
  required?: boolean;
  autoComplete: 'current-password' | 'new-password';
  autoFocus?: boolean;
}

/**
 * A password with a show/hide toggle. The toggle's name leaves out the word "password", so
 * the field stays the only thing its label finds.
 */
export function PasswordField({ name, label, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const error = useFieldError(name, label);
  return (
    <PasswordInput
      label={label}
      withAsterisk={false}
      error={error}
      spellCheck={false}
      visibilityToggleButtonProps={{ 'aria-label': t('form.showCharacters') }}
      {...props}
      {...register(name)}
    />
  );
}
