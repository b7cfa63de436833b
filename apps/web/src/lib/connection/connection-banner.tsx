import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconWifiOff } from '@/components/ui/icons';
import { useConnection } from './use-connection';

/**
 * Said once at the top of every screen while the server cannot be reached, with Retry, instead
 * of skeletons that wait without saying why. Screens keep what they showed already.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { problem, retry, retrying } = useConnection();
  if (!problem) return null;
  return (
    <Alert
      color="orange"
      variant="filled"
      radius={0}
      icon={<IconWifiOff />}
      role="alert"
      aria-live="assertive"
      p="xs"
      pos="fixed"
      bottom={0}
      left={0}
      right={0}
      style={{ zIndex: 400 }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {t(problem === 'offline' ? 'offline.offline' : 'offline.unreachable')}
        </Text>
        <Button size="xs" variant="white" color="orange" onClick={retry} loading={retrying}>
          {t('offline.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
