import { useState } from 'react';
import { Button, Checkbox, Group, Modal, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePolicyInput } from '@portico/contracts/changes';
import { fieldMessages } from '@portico/contracts/errors';
import { ResourceKind } from '@portico/contracts/grants';
import { StageName } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useCreatePolicy } from '../api/policies';

interface Draft {
  name: string;
  kinds: string[];
  stages: string[];
  widerThan: number | string;
  opensToEveryone: boolean;
  removesBound: boolean;
  moreThanApis: number | string;
  approvalOff: boolean;
  approvals: number | string;
  approverRole: string;
}

const empty: Draft = {
  name: '',
  kinds: [],
  stages: [],
  widerThan: '',
  opensToEveryone: false,
  removesBound: false,
  moreThanApis: '',
  approvalOff: false,
  approvals: 1,
  approverRole: 'operator',
};
const numberOrUndefined = (v: number | string) => (v === '' ? undefined : Number(v));

/** The draft as the contract's input: empty parts left out, so the contract's rules decide. */
function toInput(d: Draft): unknown {
  return {
    name: d.name,
    scope: { ...(d.kinds.length ? { kinds: d.kinds } : {}), ...(d.stages.length ? { stages: d.stages } : {}) },
    when: {
      aclWiderThanIpv4Prefix: numberOrUndefined(d.widerThan),
      aclOpensToEveryone: d.opensToEveryone || undefined,
      removesBoundVpcAuthorization: d.removesBound || undefined,
      touchesMoreThanApis: numberOrUndefined(d.moreThanApis),
      turnsEndpointApprovalOff: d.approvalOff || undefined,
    },
    approvals: numberOrUndefined(d.approvals),
    approverRole: d.approverRole,
  };
}

/** A new policy: which changes wait for review, and who approves them (admins). */
export function PolicyFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePolicy();
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const close = () => {
    create.reset();
    setDraft(empty);
    setErrors({});
    onClose();
  };
  const submit = () => {
    const parsed = ChangePolicyInput.safeParse(toInput(draft));
    if (!parsed.success) return setErrors(fieldMessages(parsed.error));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('changes.policies.add')} centered size="lg">
      <Stack gap="sm">
        {create.error ? <ApiErrorAlert error={create.error} title={t('changes.policies.addFailed')} /> : null}
        <TextInput label={t('changes.policies.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} data-autofocus />
        <MultiSelect
          label={t('changes.policies.kinds')}
          description={t('changes.policies.anyHint')}
          data={ResourceKind.options.map((k) => ({ value: k, label: t(`changes.kind.${k}`) }))}
          value={draft.kinds}
          onChange={(v) => set('kinds', v)}
        />
        <MultiSelect
          label={t('changes.policies.stages')}
          description={t('changes.policies.anyHint')}
          data={StageName.options}
          value={draft.stages}
          onChange={(v) => set('stages', v)}
        />
        <NumberInput
          label={t('changes.policies.widerThan')}
          description={t('changes.policies.widerThanHint')}
          value={draft.widerThan}
          onChange={(v) => set('widerThan', v)}
          error={errors['when.aclWiderThanIpv4Prefix']}
          allowDecimal={false}
        />
        <NumberInput
          label={t('changes.policies.moreThanApis')}
          value={draft.moreThanApis}
          onChange={(v) => set('moreThanApis', v)}
          error={errors['when.touchesMoreThanApis']}
          allowDecimal={false}
        />
        <Checkbox label={t('changes.reason.aclOpensToEveryone')} checked={draft.opensToEveryone} onChange={(e) => set('opensToEveryone', e.currentTarget.checked)} />
        <Checkbox label={t('changes.reason.removesBoundVpcAuthorization')} checked={draft.removesBound} onChange={(e) => set('removesBound', e.currentTarget.checked)} />
        <Checkbox label={t('changes.reason.turnsEndpointApprovalOff')} checked={draft.approvalOff} onChange={(e) => set('approvalOff', e.currentTarget.checked)} />
        <Group grow>
          <NumberInput
            label={t('changes.policies.approvals')}
            value={draft.approvals}
            onChange={(v) => set('approvals', v)}
            error={errors.approvals}
            min={1}
            max={5}
            allowDecimal={false}
          />
          <Select
            label={t('changes.policies.approverRole')}
            data={(['operator', 'admin'] as const).map((r) => ({ value: r, label: t(`changes.role.${r}`) }))}
            value={draft.approverRole}
            onChange={(v) => set('approverRole', v ?? 'operator')}
            allowDeselect={false}
          />
        </Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close}>
            {t('changes.cancel')}
          </Button>
          <Button loading={create.isPending} onClick={submit}>
            {t('changes.policies.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
