import { Alert, Code, CopyButton, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedToken } from '@portico/contracts/tokens';
import { IconCheck, IconCopy, IconKey } from '@/components/ui/icons';

/** The value, once: copy it now. And how a script uses it. */
export function CreatedTokenPanel({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const { t } = useTranslation();
  const example = `curl -H "Authorization: Bearer ${token.token}" ${window.location.origin}/api/vpc-authorizations`;
  return (
    <Alert color="teal" variant="light" icon={<IconKey />} title={t('tokens.created.title', { name: token.name })} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('tokens.created.copyNow')}</Text>
        <Code block data-testid="new-token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {token.token}
        </Code>
        <CopyButton value={token.token}>
          {({ copied, copy }) => (
            <Button variant="light" size="xs" w="fit-content" leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy}>
              {copied ? t('tokens.created.copied') : t('tokens.created.copy')}
            </Button>
          )}
        </CopyButton>
        <Text size="sm">{t('tokens.created.useFromScript')}</Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {example}
        </Code>
        <Button variant="default" size="xs" w="fit-content" onClick={onDone}>
          {t('tokens.created.done')}
        </Button>
      </Stack>
    </Alert>
  );
}
