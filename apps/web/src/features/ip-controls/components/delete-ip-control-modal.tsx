import { useState } from 'react';
import { Alert, Button, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { IpControl, PolicyItem } from '@portico/contracts/ip-controls';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import { useDeleteIpControl } from '../api/manage-ip-control';

interface Props {
  opened: boolean;
  onClose: () => void;
  ipControl: IpControl;
  policyItems: PolicyItem[];
  boundApis: PublishedApi[];
  onDeleted: () => void;
}

/** DeleteIpControl: refused while the list guards APIs (as the cloud refuses it); otherwise typed-name confirmation. */
export function DeleteIpControlModal({ opened, onClose, ipControl, policyItems, boundApis, onDeleted }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const remove = useDeleteIpControl({ onSuccess: onDeleted });
  const bound = boundApis.length;
  const close = () => {
    if (remove.isPending) return;
    setTyped('');
    remove.reset();
    onClose();
  };
  const run = () => {
    if (typed === ipControl.name && !remove.isPending) remove.mutate(ipControl.id);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('ipControls.delete.title')} size="lg" closeButtonProps={{ 'aria-label': t('ipControls.close') }}>
      <Stack gap="md">
        {bound > 0 ? (
          <Alert color="orange" variant="light" role="note" icon={<IconAlert />} title={t('ipControls.delete.stillGuards', { name: ipControl.name, count: bound })}>
            <Stack gap="xs">
              <Text size="sm">{t('ipControls.delete.refused')}</Text>
              <ScrollArea.Autosize mah={240} type="auto">
                <PublishedApisTable apis={boundApis} compact label={t('ipControls.delete.table')} empty={t('ipControls.guardedApis.none')} />
              </ScrollArea.Autosize>
            </Stack>
          </Alert>
        ) : (
          <>
            <Text size="sm">
              <Trans i18nKey="ipControls.delete.intro" values={{ type: ipControl.type, name: ipControl.name, count: policyItems.length }} components={{ b: <b /> }} />
            </Text>
            <TextInput
              label={t('ipControls.delete.typeName', { name: ipControl.name })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
          </>
        )}
        {remove.error ? <ApiErrorAlert error={remove.error} title={t('ipControls.delete.failed')} onRetry={run} retrying={remove.isPending} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={remove.isPending}>
            {bound > 0 ? t('ipControls.close') : t('ipControls.cancel')}
          </Button>
          {bound > 0 ? null : (
            <Button color="red" onClick={run} loading={remove.isPending} disabled={typed !== ipControl.name}>
              {t('ipControls.delete.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
