import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  /** Review cannot be asked for, and the reason is on screen (errors not shown yet do not block: asking shows them). */
  blocked: boolean;
  onReview: () => void;
  cancelTo: string;
  readOnly: boolean;
  fromServer: boolean;
  parseError: boolean;
  /** Errors in the model and the description together. */
  errorCount: number;
}

/** Review changes and Cancel, and why Review is not offered yet. */
export function ModelEditorActions({ blocked: isBlocked, onReview, cancelTo, readOnly, fromServer, parseError, errorCount }: Props) {
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
      <Button onClick={onReview} disabled={isBlocked} aria-describedby={isBlocked ? 'review-blocked' : undefined}>
        {t('backendModels.editor.review')}
      </Button>
      <Button component={Link} to={cancelTo} variant="default">
        {t('backendModels.cancel')}
      </Button>
      {isBlocked ? (
        <Text id="review-blocked" size="sm" c="dimmed">
          {blocked}
        </Text>
      ) : null}
    </Group>
  );
}
