import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, SegmentedControl, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { ResourceKind, describeGrant, type Grant } from '@portico/contracts/grants';
import { Role } from '@portico/contracts/auth';
import { StageName } from '@portico/contracts/published-apis';
import type { CloudProfile } from '@portico/contracts/profiles';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useSaveGrant } from '../api/save-grant';
import { checkGrantForm, emptyGrantForm, fromGrant, type GrantFormField, type GrantFormValues } from '../utils/grant-form';
import { kindLabels } from '../utils/labels';

interface Props {
  /** `null`: closed; `'new'`: a new grant; a grant: that one, to change. */
  editing: Grant | 'new' | null;
  onClose: () => void;
  onSaved: (grant: Grant) => void;
  /** The configured profiles to choose from. */
  profiles: readonly CloudProfile[];
}

const roleData = Role.options.map((role) => ({ value: role, label: role }));
const kindData = ResourceKind.options.map((kind) => ({ value: kind, label: kindLabels[kind] }));

/** Adds or changes a grant: who, what role, and where (each part of the scope left empty means "any"). */
export function GrantEditorModal({ editing, onClose, onSaved, profiles }: Props) {
  const opened = editing !== null;
  return (
    <Modal opened={opened} onClose={onClose} title={editing === 'new' ? 'New grant' : 'Change grant'} size="lg" centered>
      {opened ? (
        <GrantEditor key={editing === 'new' ? 'new' : editing.id} grant={editing === 'new' ? undefined : editing} profiles={profiles} onClose={onClose} onSaved={onSaved} />
      ) : null}
    </Modal>
  );
}

function GrantEditor({ grant, profiles, onClose, onSaved }: Pick<Props, 'onClose' | 'onSaved' | 'profiles'> & { grant: Grant | undefined }) {
  const [values, setValues] = useState<GrantFormValues>(grant ? fromGrant(grant) : emptyGrantForm);
  const [errors, setErrors] = useState<Partial<Record<GrantFormField, string>>>({});
  const save = useSaveGrant();
  const set = <K extends GrantFormField>(field: K, value: GrantFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const checked = checkGrantForm(values);
  const submit = () => {
    if (checked.errors) return setErrors(checked.errors);
    save.mutate({ id: grant?.id, input: checked.input }, { onSuccess: onSaved });
  };
  const profileData = profiles.map((p) => ({ value: p.id, label: `${p.id} (${p.name}, ${p.region})` }));
  return (
    <Stack gap="md">
      {save.error ? <ApiErrorAlert error={save.error} title="The grant was not saved" /> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label="Given to"
          value={values.subjectType}
          onChange={(value) => set('subjectType', value === 'user' ? 'user' : 'group')}
          data={[
            { value: 'group', label: 'A group' },
            { value: 'user', label: 'A person' },
          ]}
        />
        <TextInput
          flex={1}
          miw={200}
          label={values.subjectType === 'group' ? 'Identity-provider group' : 'Username'}
          value={values.subject}
          onChange={(event) => set('subject', event.currentTarget.value)}
          error={errors.subject}
          required
        />
      </Group>
      <Select label="Role" data={roleData} value={values.role} onChange={(value) => set('role', Role.catch('viewer').parse(value))} allowDeselect={false} />
      <Text size="sm" c="dimmed">
        Where it applies. Leave a part empty for “any”.
      </Text>
      <MultiSelect
        label="Profiles"
        placeholder="Any profile"
        data={profileData}
        value={values.profiles}
        onChange={(v) => set('profiles', v)}
        error={errors.profiles}
        clearable
      />
      <MultiSelect
        label="Resource kinds"
        placeholder="Any kind"
        data={kindData}
        value={values.kinds}
        onChange={(v) =>
          set(
            'kinds',
            v.map((k) => ResourceKind.parse(k)),
          )
        }
        error={errors.kinds}
        clearable
      />
      <MultiSelect
        label="Stages (for per-stage changes)"
        placeholder="Any stage"
        data={StageName.options}
        value={values.stages}
        onChange={(v) =>
          set(
            'stages',
            v.map((s) => StageName.parse(s)),
          )
        }
        error={errors.stages}
        clearable
      />
      <TagsInput
        label="Names"
        description="Exact names, or a prefix ending in * (orders-*)."
        placeholder="Any name"
        value={values.names}
        onChange={(v) => set('names', v)}
        error={errors.names}
        clearable
      />
      <TagsInput
        label="Cloud tags"
        description="key=value; the resource must carry every one."
        placeholder="Any tags"
        value={values.tags}
        onChange={(v) => set('tags', v)}
        error={errors.tags}
        clearable
      />
      <Text size="sm" aria-live="polite">
        {checked.input ? `Allows: ${describeGrant(checked.input)}.` : 'Fill in who the grant is for.'}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          {grant ? 'Save grant' : 'Add grant'}
        </Button>
      </Group>
    </Stack>
  );
}
