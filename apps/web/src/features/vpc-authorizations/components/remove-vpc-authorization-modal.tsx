import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { useRemoveVpcAuthorization, type RemovedVpcAuthorization } from '../api/remove-vpc-authorization';
import { PublishedApisTable } from '@/components/ui/published-apis-table';

interface Props {
  opened: boolean;
  onClose: () => void;
  name: string;
  boundApis: PublishedApi[];
  onRemoved: (result: RemovedVpcAuthorization) => void;
}

/** RemoveVpcAccess: shows the APIs that lose their binding and asks for the name. */
export function RemoveVpcAuthorizationModal({ opened, onClose, name, boundApis, onRemoved }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const remove = useRemoveVpcAuthorization({ onSuccess: (result) => onRemoved(result) });
  const matches = typed.trim() === name;

  const close = () => {
    if (remove.isPending) return;
    setTyped('');
    remove.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('vpcAuthorizations.remove.title')} size="lg" closeButtonProps={{ 'aria-label': t('vpcAuthorizations.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (matches && !remove.isPending) remove.mutate(name);
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            <Trans i18nKey="vpcAuthorizations.remove.intro" values={{ name }} components={{ b: <b /> }} />
          </Text>
          {boundApis.length > 0 ? (
            <Alert color="red" variant="light" role="note" icon={<IconAlert />} title={t('vpcAuthorizations.remove.willLose', { count: boundApis.length })}>
              <PublishedApisTable apis={boundApis} compact label={t('vpcAuthorizations.remove.table')} empty={t('vpcAuthorizations.boundApis.none')} />
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t('vpcAuthorizations.boundApis.none')}
            </Text>
          )}
          <TextInput
            label={t('vpcAuthorizations.remove.typeName')}
            description={<Trans i18nKey="vpcAuthorizations.remove.typeNameHint" values={{ name }} components={{ code: <Code /> }} />}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {remove.error ? (
            <ApiErrorAlert error={remove.error} title={t('vpcAuthorizations.remove.failed')} onRetry={() => remove.mutate(name)} retrying={remove.isPending} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              {t('vpcAuthorizations.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={remove.isPending}>
              {t('vpcAuthorizations.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
