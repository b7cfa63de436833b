import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck } from '@/components/ui/icons';
import { useDemoCloud } from '../api/get-demo-cloud';
import { ResetDemoCloudModal } from './reset-demo-cloud-modal';

/** For admins of a console in demo mode: the embedded emulator, and a way back to its seed. Nothing otherwise. */
export function DemoCloudPanel() {
  const { t } = useTranslation();
  const info = useDemoCloud();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  if (!info.data?.available) return null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="demo-cloud-title">
      <Stack gap="sm">
        <Title id="demo-cloud-title" order={2} fz="md" fw={600}>
          {t('demoCloud.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('demoCloud.description')} {info.data.persistent ? t('demoCloud.persistent') : t('demoCloud.inMemory')}
        </Text>
        {done ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCheck />}
            title={t('demoCloud.done')}
            withCloseButton
            closeButtonLabel={t('demoCloud.dismiss')}
            onClose={() => setDone(false)}
            role="status"
          >
            {t('demoCloud.doneBody')}
          </Alert>
        ) : null}
        <Group>
          <Button
            color="red"
            variant="light"
            onClick={() => {
              setDone(false);
              setConfirming(true);
            }}
          >
            {t('demoCloud.resetOpen')}
          </Button>
        </Group>
      </Stack>
      <ResetDemoCloudModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onReset={() => {
          setConfirming(false);
          setDone(true);
        }}
      />
    </Paper>
  );
}
