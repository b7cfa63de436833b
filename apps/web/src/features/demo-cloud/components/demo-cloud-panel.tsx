import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@/components/ui/icons';
import { useDemoCloud } from '../api/get-demo-cloud';
import { ResetDemoCloudModal } from './reset-demo-cloud-modal';

/** For admins of a console in demo mode: the embedded emulator, and a way back to its seed. Nothing otherwise. */
export function DemoCloudPanel() {
  const info = useDemoCloud();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  if (!info.data?.available) return null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="demo-cloud-title">
      <Stack gap="sm">
        <Title id="demo-cloud-title" order={2} fz="md" fw={600}>
          Demo cloud
        </Title>
        <Text size="sm" c="dimmed">
          This console runs the built-in emulator of both clouds, with a profile per region.{' '}
          {info.data.persistent ? 'Its resources are kept on the server across restarts.' : 'Its resources are kept in memory only.'}
        </Text>
        {done ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCheck />}
            title="The demo cloud is back to its seed"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setDone(false)}
            role="status"
          >
            The audit log kept every change, and records the reset.
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
            Reset the demo cloud…
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
