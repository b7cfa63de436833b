import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageName } from '@portico/contracts/published-apis';
import { IconLock } from '@/components/ui/icons';

interface Props {
  stage: StageName;
  copied: { from: StageName; secrets: boolean } | null;
  onDismissCopied: () => void;
  secrets: boolean;
  /** Set when a secret's destination changed: masked secrets must be typed again. */
  movedTo: { label: string } | undefined;
}

/** What the editor must say before an edit: a copy from another stage, and how secrets behave. */
export function ModelEditorNotices({ stage, copied, onDismissCopied, secrets, movedTo }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {copied ? (
        <Alert
          color="blue"
          variant="light"
          withCloseButton
          closeButtonLabel={t('backendModels.dismiss')}
          onClose={onDismissCopied}
          role="status"
          title={t('backendModels.editor.copiedTitle', { stage: copied.from })}
        >
          <Text size="sm">
            {t('backendModels.editor.copiedBody', { from: copied.from, stage })}
            {copied.secrets ? ` ${t('backendModels.editor.copiedSecrets', { stage })}` : ''}
          </Text>
        </Alert>
      ) : null}
      {secrets ? (
        movedTo ? (
          <Alert color="orange" variant="light" icon={<IconLock />} p="xs" role="alert">
            <Text size="sm">{t('backendModels.editor.secretsMoved', { what: movedTo.label })}</Text>
          </Alert>
        ) : (
          <Alert color="gray" variant="light" icon={<IconLock />} p="xs" role="note">
            <Text size="sm">{t('backendModels.editor.secretsWriteOnly')}</Text>
          </Alert>
        )
      ) : null}
    </>
  );
}
