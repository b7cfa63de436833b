import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { CreateToken, type CreatedToken } from '@portico/contracts/tokens';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { NumberField, TextField } from '@/components/form/fields';
import { Form } from '@/components/form/form';
import { RadioGroupField } from '@/components/form/radio-group-field';
import { isApiError } from '@/lib/api-client';
import { useCreateToken } from '../api/create-token';

const accessOptions = [
  { value: 'read', label: 'Read only', description: 'Lists and details; every change is refused.' },
  { value: 'full', label: 'Everything you may do', description: 'Acts with your role, changes included.' },
] as const;

/** POST /api/tokens: a name, a lifetime and how far it reaches. */
export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const create = useCreateToken();
  const formError = create.error && !(isApiError(create.error) && create.error.fields) ? create.error : null;
  return (
    <Form
      schema={CreateToken}
      aria-label="Create token"
      defaultValues={{ name: '', expiresInDays: 30, access: 'read' }}
      onSubmit={async (values, form) => {
        const token = await create.mutateAsync(values);
        form.reset();
        onCreated(token);
      }}
    >
      {(form) => (
        <Stack gap="md">
          {formError ? <ApiErrorAlert error={formError} title="The token was not created" /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" maw={880}>
            <TextField name="name" label="Name" required description="What it is for, e.g. the script or pipeline that uses it." />
            <NumberField name="expiresInDays" label="Expires after (days)" required description="1 to 365 days." />
          </SimpleGrid>
          <RadioGroupField name="access" label="Access" options={accessOptions} />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Create token
            </Button>
          </Group>
        </Stack>
      )}
    </Form>
  );
}
