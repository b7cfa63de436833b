import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, SegmentedControl, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResourceKind, type Grant } from '@portico/contracts/grants';
import { Role } from '@portico/contracts/auth';
import { StageName } from '@portico/contracts/published-apis';
import type { CloudProfile } from '@portico/contracts/profiles';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useSaveGrant } from '../api/save-grant';
import { checkGrantForm, emptyGrantForm, fromGrant, type GrantFormField, type GrantFormValues } from '../utils/grant-form';
import { useDescribeGrant, useKindOptions } from '../utils/labels';

interface Props {
  /** `null`: closed; `'new'`: a new grant; a grant: that one, to change. */
  editing: Grant | 'new' | null;
  onClose: () => void;
  onSaved: (grant: Grant) => void;
  /** The configured profiles to choose from. */
  profiles: readonly CloudProfile[];
}

/** Adds or changes a grant: who, what role, and where (each part of the scope left empty means "any"). */
export function GrantEditorModal({ editing, onClose, onSaved, profiles }: Props) {
  const { t } = useTranslation();
  const opened = editing !== null;
  return (
    <Modal opened={opened} onClose={onClose} title={editing === 'new' ? t('grants.editor.newTitle') : t('grants.editor.changeTitle')} size="lg" centered>
      {opened ? (
        <GrantEditor key={editing === 'new' ? 'new' : editing.id} grant={editing === 'new' ? undefined : editing} profiles={profiles} onClose={onClose} onSaved={onSaved} />
      ) : null}
    </Modal>
  );
}

function GrantEditor({ grant, profiles, onClose, onSaved }: Pick<Props, 'onClose' | 'onSaved' | 'profiles'> & { grant: Grant | undefined }) {
  const { t } = useTranslation();
  const describeGrant = useDescribeGrant();
  const kindData = useKindOptions();
  const roleData = Role.options.map((role) => ({ value: role, label: t(`roles.${role}`) }));
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
      {save.error ? <ApiErrorAlert error={save.error} title={t('grants.editor.failed')} /> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('grants.editor.givenTo')}
          value={values.subjectType}
          onChange={(value) => set('subjectType', value === 'user' ? 'user' : 'group')}
          data={[
            { value: 'group', label: t('grants.editor.aGroup') },
            { value: 'user', label: t('grants.editor.aPerson') },
          ]}
        />
        <TextInput
          flex={1}
          miw={200}
          label={values.subjectType === 'group' ? t('grants.editor.group') : t('grants.editor.username')}
          value={values.subject}
          onChange={(event) => set('subject', event.currentTarget.value)}
          error={errors.subject}
          required
        />
      </Group>
      <Select label={t('grants.editor.role')} data={roleData} value={values.role} onChange={(value) => set('role', Role.catch('viewer').parse(value))} allowDeselect={false} />
      <Text size="sm" c="dimmed">
        {t('grants.editor.where')}
      </Text>
      <MultiSelect
        label={t('grants.editor.profiles')}
        placeholder={t('grants.editor.anyProfile')}
        data={profileData}
        value={values.profiles}
        onChange={(v) => set('profiles', v)}
        error={errors.profiles}
        clearable
      />
      <MultiSelect
        label={t('grants.editor.kinds')}
        placeholder={t('grants.editor.anyKind')}
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
        label={t('grants.editor.stages')}
        placeholder={t('grants.editor.anyStage')}
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
        label={t('grants.editor.names')}
        description={t('grants.editor.namesHint')}
        placeholder={t('grants.editor.anyName')}
        value={values.names}
        onChange={(v) => set('names', v)}
        error={errors.names}
        clearable
      />
      <TagsInput
        label={t('grants.editor.tags')}
        description={t('grants.editor.tagsHint')}
        placeholder={t('grants.editor.anyTags')}
        value={values.tags}
        onChange={(v) => set('tags', v)}
        error={errors.tags}
        clearable
      />
      <Text size="sm" aria-live="polite">
        {checked.input ? t('grants.editor.allows', { grant: describeGrant(checked.input) }) : t('grants.editor.fillIn')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('grants.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          {grant ? t('grants.editor.save') : t('grants.editor.add')}
        </Button>
      </Group>
    </Stack>
  );
}
