import { Button, EmptyState, Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';

/** The shape of a resource screen while it loads: a summary card, then its sections. */
export function ResourceSkeleton({ label, lines, sections, heading = false }: { label: string; lines: number; sections: number[]; heading?: boolean }) {
  return (
    <Stack gap="md" aria-busy="true" aria-label={label}>
      {heading ? <Skeleton height={34} width={320} radius="md" /> : null}
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          {Array.from({ length: lines }, (_, i) => (
            <Skeleton key={i} height={14} width={`${50 + ((i * 13) % 40)}%`} />
          ))}
        </Stack>
      </Paper>
      {sections.map((height, i) => (
        <Skeleton key={i} height={height} radius="md" />
      ))}
    </Stack>
  );
}

interface ResourceLoadErrorProps {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  /** e.g. `There is no backend with id “…”`. */
  missingTitle: string;
  /** e.g. `the backend`, for "Could not load the backend". */
  what: string;
  listPath: string;
  /** A malformed id is answered 400 by the BFF: for a person it is the same as a missing one. */
  badIdIsMissing?: boolean;
}

/** Why a resource screen has nothing to show: not there (with the way back), or a failure to retry. */
export function ResourceLoadError({ error, onRetry, retrying, missingTitle, what, listPath, badIdIsMissing = true }: ResourceLoadErrorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (isApiError(error) && (error.isNotFound || (badIdIsMissing && error.status === 400))) {
    return (
      <Paper withBorder radius="md" p="xl">
        <EmptyState title={missingTitle} description={t('components.load.missingHint')}>
          <EmptyState.Actions>
            <Button variant="light" onClick={() => void navigate(listPath)}>
              {t('components.load.backToList')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }
  return <ApiErrorAlert error={error} title={t('components.load.failed', { what })} onRetry={onRetry} retrying={retrying} />;
}
