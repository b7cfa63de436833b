import { useTranslation } from 'react-i18next';
import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one authorization, shared by its detail and edit screens. */
export function AuthorizationSkeleton() {
  const { t } = useTranslation();
  return <ResourceSkeleton label={t('vpcAuthorizations.detail.loading')} lines={6} sections={[160]} />;
}

export function AuthorizationLoadError({ name, ...load }: { name: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  // Names are checked by the BFF too, but a 400 there says what is wrong with it: show that.
  return (
    <ResourceLoadError
      {...load}
      missingTitle={t('vpcAuthorizations.detail.missing', { name })}
      what={t('vpcAuthorizations.detail.what')}
      listPath="/vpc-authorizations"
      badIdIsMissing={false}
    />
  );
}
