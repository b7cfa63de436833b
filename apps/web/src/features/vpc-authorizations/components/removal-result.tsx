import { Alert, Stack, Text } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { IconCheck } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { BoundApisTable } from './bound-apis-table';

/** What a removal did: the authorization is gone and these APIs were unbound. */
export function RemovalResult({ name, unboundApis, onClose }: { name: string; unboundApis: PublishedApi[]; onClose: () => void }) {
  return (
    <Alert color="teal" variant="light" icon={<IconCheck />} title={`Removed “${name}”`} withCloseButton onClose={onClose} closeButtonLabel="Dismiss" role="status">
      <Stack gap="xs">
        <Text size="sm">
          {unboundApis.length === 0 ? 'No API was bound to it.' : `${plural(unboundApis.length, 'API')} lost their binding and stay published without it:`}
        </Text>
        {unboundApis.length > 0 ? <BoundApisTable apis={unboundApis} compact label="Unbound APIs" /> : null}
      </Stack>
    </Alert>
  );
}
