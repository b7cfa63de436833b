import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useResetDemoCloud } from '../api/reset-demo-cloud';

interface Props {
  opened: boolean;
  onClose: () => void;
  onReset: () => void;
}

/** The confirmation before the demo cloud goes back to its seed: what goes, and what stays. */
export function ResetDemoCloudModal({ opened, onClose, onReset }: Props) {
  const { t } = useTranslation();
  const reset = useResetDemoCloud({ onSuccess: () => onReset() });
  const close = () => {
    if (reset.isPending) return;
    reset.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('demoCloud.reset.title')}>
      <Stack gap="md">
        <Text size="sm">{t('demoCloud.reset.intro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('demoCloud.reset.resources')}</List.Item>
          <List.Item>{t('demoCloud.reset.tasks')}</List.Item>
        </List>
        <Text size="sm">
          <Trans i18nKey="demoCloud.reset.stays" components={{ b: <b /> }} />
        </Text>
        {reset.error ? <ApiErrorAlert error={reset.error} title={t('demoCloud.reset.failed')} onRetry={() => reset.mutate()} retrying={reset.isPending} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={reset.isPending}>
            {t('demoCloud.reset.cancel')}
          </Button>
          <Button color="red" onClick={() => reset.mutate()} loading={reset.isPending} data-autofocus>
            {t('demoCloud.reset.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
