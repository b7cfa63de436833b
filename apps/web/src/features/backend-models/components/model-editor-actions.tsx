import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  canReview: boolean;
  onReview: () => void;
  cancelTo: string;
  readOnly: boolean;
  fromServer: boolean;
  parseError: boolean;
  /** Errors in the model and the description together. */
  errorCount: number;
}

/** Review changes and Cancel, and why Review is not offered yet. */
export function ModelEditorActions({ canReview, onReview, cancelTo, readOnly, fromServer, parseError, errorCount }: Props) {
  const { t } = useTranslation();
  const blocked = readOnly
    ? t('backendModels.editor.blockedRole')
    : fromServer
      ? t('backendModels.editor.blockedRefused')
      : parseError
        ? t('backendModels.editor.blockedSyntax')
        : t('backendModels.editor.blockedErrors', { count: errorCount });
  return (
    <Group gap="sm">
      <Button onClick={onReview} disabled={!canReview} aria-describedby={canReview ? undefined : 'review-blocked'}>
        {t('backendModels.editor.review')}
      </Button>
      <Button component={Link} to={cancelTo} variant="default">
        {t('backendModels.cancel')}
      </Button>
      {canReview ? null : (
        <Text id="review-blocked" size="sm" c="dimmed">
          {blocked}
        </Text>
      )}
    </Group>
  );
}
