import { Checkbox, Group, MultiSelect, NumberInput, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WebhookFormat } from '@portico/contracts/changes';
import { ResourceKind } from '@portico/contracts/grants';
import { StageName } from '@portico/contracts/published-apis';
import type { PolicyDraft } from '../utils/policy-draft';

export interface PolicyFieldsProps {
  draft: PolicyDraft;
  errors: Record<string, string>;
  set: <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) => void;
}

/** Which changes the policy holds: scope and conditions. */
export function PolicyScopeFields({ draft, errors, set }: PolicyFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('changes.policies.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} data-autofocus />
      <Textarea
        label={t('changes.policies.description')}
        value={draft.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={1}
      />
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
    </>
  );
}

/** Who approves, how long a request waits, and where it is announced. */
export function PolicyReviewFields({ draft, errors, set, hasWebhook }: PolicyFieldsProps & { hasWebhook: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Group grow align="flex-start">
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
      <TagsInput
        label={t('changes.policies.approverGroups')}
        description={t('changes.policies.approverGroupsHint')}
        value={draft.approverGroups}
        onChange={(v) => set('approverGroups', v)}
        error={errors.approverGroups}
      />
      <NumberInput
        label={t('changes.policies.expiresAfterHours')}
        value={draft.expiresAfterHours}
        onChange={(v) => set('expiresAfterHours', v)}
        error={errors.expiresAfterHours}
        min={1}
        max={720}
        allowDecimal={false}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('changes.policies.webhookUrl')}
          description={hasWebhook ? t('changes.policies.webhookKept') : undefined}
          value={draft.webhookUrl}
          onChange={(e) => set('webhookUrl', e.currentTarget.value)}
          error={errors['webhook.url']}
        />
        <Select
          label={t('changes.policies.webhookFormat')}
          data={WebhookFormat.options.map((f) => ({ value: f, label: t(`changes.policies.format.${f}`) }))}
          value={draft.webhookFormat}
          onChange={(v) => set('webhookFormat', WebhookFormat.catch('portico').parse(v))}
          allowDeselect={false}
        />
      </Group>
    </>
  );
}
