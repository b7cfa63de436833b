import { useTranslation } from 'react-i18next';
import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one backend, shared by its detail and model editor screens. */
export function BackendSkeleton() {
  const { t } = useTranslation();
  return <ResourceSkeleton label={t('backendModels.detail.loading')} heading lines={5} sections={[200]} />;
}

export function BackendLoadError({ id, ...load }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  return <ResourceLoadError {...load} missingTitle={t('backendModels.detail.missing', { id })} what={t('backendModels.detail.what')} listPath="/backend-models" />;
}
