import { Alert, Code, CopyButton, Button, Stack, Text } from '@mantine/core';
import type { CreatedToken } from '@portico/contracts/tokens';
import { IconCheck, IconCopy, IconKey } from '@/components/ui/icons';

/** The value, once: copy it now. And how a script uses it. */
export function CreatedTokenPanel({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const example = `curl -H "Authorization: Bearer ${token.token}" ${window.location.origin}/api/vpc-authorizations`;
  return (
    <Alert color="teal" variant="light" icon={<IconKey />} title={`Token "${token.name}" created`} role="status">
      <Stack gap="sm">
        <Text size="sm">Copy it now: it is shown only this once and Portico keeps only a hash of it.</Text>
        <Code block data-testid="new-token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {token.token}
        </Code>
        <CopyButton value={token.token}>
          {({ copied, copy }) => (
            <Button variant="light" size="xs" w="fit-content" leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy}>
              {copied ? 'Copied' : 'Copy token'}
            </Button>
          )}
        </CopyButton>
        <Text size="sm">Use it from a script:</Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {example}
        </Code>
        <Button variant="default" size="xs" w="fit-content" onClick={onDone}>
          I have copied it
        </Button>
      </Stack>
    </Alert>
  );
}
