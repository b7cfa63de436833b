import type { ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { CopyableCode } from '@/components/ui/copyable-code';
import { IconAlert, IconRefresh, IconWifiOff } from '@/components/ui/icons';

interface ApiErrorAlertProps {
  error: unknown;
  /** Offered when trying again may help: a lost connection, a 5xx, throttling. */
  onRetry?: (() => void) | undefined;
  retrying?: boolean;
  /** What was being done, e.g. "Could not load the authorizations". */
  title?: string;
  children?: ReactNode;
}

function retryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.isNetworkError || error.status >= 500 || error.status === 429 || error.status === 0;
}

/**
 * An error where it belongs: a lost connection says so and offers Retry; a cloud's error shows
 * the cloud's code, message and RequestId (copyable) so people can quote it to support.
 */
export function ApiErrorAlert({ error, onRetry, retrying = false, title, children }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  const retry =
    onRetry && retryable(error) ? (
      <Button size="xs" variant="white" color="dark" leftSection={<IconRefresh size={14} />} loading={retrying} onClick={onRetry}>
        {t('components.error.retry')}
      </Button>
    ) : null;

  if (isApiError(error) && error.isNetworkError) {
    return (
      <Alert color="orange" variant="light" icon={<IconWifiOff />} title={t('components.error.offline')} role="alert">
        <Stack gap="xs">
          <Text size="sm">
            {title ? `${title}: ` : ''}
            {error.message}
          </Text>
          {retry ? <Group>{retry}</Group> : null}
          {children}
        </Stack>
      </Alert>
    );
  }

  if (isApiError(error) && error.upstream) {
    const { cloud, code, message, requestId } = error.upstream;
    return (
      <Alert color="red" variant="light" icon={<IconAlert />} title={cloud === 'alibaba' ? t('components.error.alibaba') : t('components.error.huawei')} role="alert">
        <Stack gap={6}>
          {title ? (
            <Text size="sm" fw={500}>
              {title}
            </Text>
          ) : null}
          <Text size="sm">{message}</Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed" w={80}>
              {t('components.error.code')}
            </Text>
            <CopyableCode value={code} label={t('components.error.codeLabel')} />
          </Group>
          {requestId ? (
            <Group gap="xs">
              <Text size="xs" c="dimmed" w={80}>
                {t('components.error.requestId')}
              </Text>
              <CopyableCode value={requestId} label={t('components.error.requestId')} />
            </Group>
          ) : null}
          {retry ? <Group>{retry}</Group> : null}
          {children}
        </Stack>
      </Alert>
    );
  }

  const message = error instanceof Error ? error.message : t('components.error.unknownBody');
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={title ?? t('components.error.unknown')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {isApiError(error) ? (
          <Text size="xs" c="dimmed">
            {error.code}
            {error.status ? ` · ${t('components.error.http', { status: error.status })}` : ''}
          </Text>
        ) : null}
        {retry ? <Group>{retry}</Group> : null}
        {children}
      </Stack>
    </Alert>
  );
}
