import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePolicyInput, type ChangePolicy } from '@portico/contracts/changes';
import { fieldMessages } from '@portico/contracts/errors';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useCreatePolicy, useUpdatePolicy } from '../api/policies';
import { draftOf, emptyDraft, inputOf, type PolicyDraft } from '../utils/policy-draft';
import { PolicyReviewFields, PolicyScopeFields } from './policy-fields';

/** A new policy, or (given `policy`) a stored one changed: which changes wait for review, and who approves them (admins). */
export function PolicyFormModal({ opened, onClose, policy }: { opened: boolean; onClose: () => void; policy?: ChangePolicy | undefined }) {
  const { t } = useTranslation();
  const create = useCreatePolicy();
  const update = useUpdatePolicy();
  const save = policy ? update : create;
  const [draft, setDraft] = useState<PolicyDraft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (opened) setDraft(policy ? draftOf(policy) : emptyDraft);
  }, [opened, policy]);
  const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const close = () => {
    create.reset();
    update.reset();
    setErrors({});
    onClose();
  };
  const submit = () => {
    const parsed = ChangePolicyInput.safeParse(inputOf(draft, policy));
    if (!parsed.success) return setErrors(fieldMessages(parsed.error));
    setErrors({});
    if (policy) update.mutate({ id: policy.id, body: parsed.data }, { onSuccess: close });
    else create.mutate(parsed.data, { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title={policy ? t('changes.policies.editTitle', { name: policy.name }) : t('changes.policies.add')} centered size="lg">
      <Stack gap="sm">
        {save.error ? <ApiErrorAlert error={save.error} title={t('changes.policies.addFailed')} /> : null}
        <PolicyScopeFields draft={draft} errors={errors} set={set} />
        <PolicyReviewFields draft={draft} errors={errors} set={set} hasWebhook={policy?.webhook !== undefined} />
        {policy && policy.windows.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('changes.policies.windowsKept', { count: policy.windows.length })}
          </Text>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close}>
            {t('changes.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={submit}>
            {t('changes.policies.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
