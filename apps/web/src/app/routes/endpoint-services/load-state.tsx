import { useTranslation } from 'react-i18next';
import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one endpoint service, shared by its detail and edit screens. */
export function EndpointServiceSkeleton() {
  const { t } = useTranslation();
  return <ResourceSkeleton label={t('endpointServices.loading')} lines={7} sections={[200, 120]} />;
}

export function EndpointServiceLoadError({ id, ...load }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  return <ResourceLoadError {...load} missingTitle={t('endpointServices.missing', { id })} what={t('endpointServices.theService')} listPath="/endpoint-services" />;
}
