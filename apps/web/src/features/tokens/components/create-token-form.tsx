import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateToken, type CreatedToken } from '@portico/contracts/tokens';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { NumberField, TextField } from '@/components/form/fields';
import { Form } from '@/components/form/form';
import { RadioGroupField } from '@/components/form/radio-group-field';
import { isApiError } from '@/lib/api-client';
import { useCreateToken } from '../api/create-token';

/** POST /api/tokens: a name, a lifetime and how far it reaches. */
export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const formError = create.error && !(isApiError(create.error) && create.error.fields) ? create.error : null;
  const accessOptions = [
    { value: 'read', label: t('tokens.form.readOnly'), description: t('tokens.form.readOnlyHint') },
    { value: 'full', label: t('tokens.form.full'), description: t('tokens.form.fullHint') },
  ];
  return (
    <Form
      schema={CreateToken}
      aria-label={t('tokens.form.create')}
      defaultValues={{ name: '', expiresInDays: 30, access: 'read' }}
      onSubmit={async (values, form) => {
        const token = await create.mutateAsync(values);
        form.reset();
        onCreated(token);
      }}
    >
      {(form) => (
        <Stack gap="md">
          {formError ? <ApiErrorAlert error={formError} title={t('tokens.form.notCreated')} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" maw={880}>
            <TextField name="name" label={t('tokens.form.name')} required description={t('tokens.form.nameHint')} />
            <NumberField name="expiresInDays" label={t('tokens.form.expires')} required description={t('tokens.form.expiresHint')} />
          </SimpleGrid>
          <RadioGroupField name="access" label={t('tokens.form.access')} options={accessOptions} />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('tokens.form.create')}
            </Button>
          </Group>
        </Stack>
      )}
    </Form>
  );
}
