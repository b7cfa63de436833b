import { useTranslation } from 'react-i18next';
import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one ACL. */
export function IpControlSkeleton() {
  const { t } = useTranslation();
  return <ResourceSkeleton label={t('ipControls.detail.loading')} lines={5} sections={[200, 120]} />;
}

export function IpControlLoadError({ id, ...load }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  return <ResourceLoadError {...load} missingTitle={t('ipControls.detail.missing', { id })} what={t('ipControls.detail.what')} listPath="/ip-access-control" />;
}
