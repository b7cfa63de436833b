import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VpcAuthorizationListItem } from '@portico/contracts/vpc-authorizations';
import { IconAlert } from '@/components/ui/icons';
import { useRemoveVpcAuthorizations } from '../api/remove-vpc-authorizations';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The authorizations on screen; only those bound to no API are offered. */
  items: VpcAuthorizationListItem[];
}

/** Pick unbound authorizations, review the list, remove them one by one, and read a result per authorization. */
export function BulkRemoveModal({ opened, onClose, items }: Props) {
  const { t } = useTranslation();
  const unbound = items.filter((i) => i.boundApiCount === 0);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [reviewing, setReviewing] = useState(false);
  const remove = useRemoveVpcAuthorizations();
  const names = unbound.map((i) => i.name).filter((n) => chosen.has(n));

  const close = () => {
    if (remove.isPending) return;
    setChosen(new Set());
    setReviewing(false);
    remove.reset();
    onClose();
  };
  const toggle = (name: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  const results = remove.data;
  const title = results ? t('vpcAuthorizations.bulk.resultsTitle') : reviewing ? t('vpcAuthorizations.bulk.reviewTitle') : t('vpcAuthorizations.bulk.title');
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('vpcAuthorizations.close') }}>
      {results ? (
        <Stack gap="sm">
          <Text size="sm">{t('vpcAuthorizations.bulk.summary', { count: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length })}</Text>
          <List size="sm" spacing={4} aria-label={t('vpcAuthorizations.bulk.results')}>
            {results.map((r) => (
              <List.Item key={r.name}>
                <b>{r.name}</b>: {r.ok ? t('vpcAuthorizations.bulk.itemRemoved') : t('vpcAuthorizations.bulk.itemFailed', { message: r.message ?? '' })}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={close}>{t('vpcAuthorizations.close')}</Button>
          </Group>
        </Stack>
      ) : reviewing ? (
        <Stack gap="sm">
          <Text size="sm">{t('vpcAuthorizations.bulk.reviewIntro', { count: names.length })}</Text>
          <List size="sm" spacing={2}>
            {names.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
          <Alert color="orange" variant="light" role="note" icon={<IconAlert />}>
            <Text size="sm">{t('vpcAuthorizations.bulk.reviewNote')}</Text>
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setReviewing(false)} disabled={remove.isPending}>
              {t('vpcAuthorizations.back')}
            </Button>
            <Button color="red" onClick={() => remove.mutate(names)} loading={remove.isPending}>
              {t('vpcAuthorizations.bulk.confirm', { count: names.length })}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          {unbound.length === 0 ? (
            <Text size="sm">{t('vpcAuthorizations.bulk.noneUnbound')}</Text>
          ) : (
            <Stack gap={6}>
              <Text size="sm">{t('vpcAuthorizations.bulk.unboundIntro')}</Text>
              {unbound.map((i) => (
                <Checkbox key={i.name} label={`${i.name} (${i.vpcId}, ${i.instanceId}:${i.port})`} checked={chosen.has(i.name)} onChange={() => toggle(i.name)} />
              ))}
            </Stack>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('vpcAuthorizations.cancel')}
            </Button>
            <Button onClick={() => setReviewing(true)} disabled={names.length === 0}>
              {names.length > 0 ? t('vpcAuthorizations.bulk.reviewCount', { count: names.length }) : t('vpcAuthorizations.bulk.review')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
