import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { Grant } from '@portico/contracts/grants';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useDeleteGrant } from '../api/save-grant';
import { useDescribeGrant, useSubjectName } from '../utils/labels';

/** Taking a grant away applies at the next request of everyone it covered. */
export function RemoveGrantModal({ grant, onClose, onRemoved }: { grant: Grant | null; onClose: () => void; onRemoved: (grant: Grant) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeGrant();
  const subjectName = useSubjectName();
  const remove = useDeleteGrant();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={grant !== null} onClose={close} title={t('grants.remove.title')} centered>
      {grant ? (
        <Stack gap="md">
          {remove.error ? <ApiErrorAlert error={remove.error} title={t('grants.remove.failed')} /> : null}
          <Text size="sm">
            <Trans i18nKey="grants.remove.body" values={{ subject: subjectName(grant), grant: describe(grant) }} components={{ b: <b /> }} />
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('grants.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(grant.id, { onSuccess: () => onRemoved(grant) })}>
              {t('grants.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
