import { Alert, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/layout/page-header';
import { useAuthProviders } from '@/features/auth/api/get-auth-providers';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { SsoSignIn } from '@/features/auth/components/sso-sign-in';
import { signInErrorKey } from '@/features/auth/utils/sign-in-errors';
import { IconAlert } from '@/components/ui/icons';
import { safeReturnPath } from '@/lib/return-to';
import { sessionQueryOptions } from '@/lib/session';
import { AuthFrame } from './auth-frame';
import { SignInArrival } from './session-gate';

/**
 * `/sign-in?next=…`: signs in, then back to where the person was (or the start page).
 * `?error=<code>` is a provider sign-in that came back refused; it is said in words.
 */
export function SignInRoute() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const sessionEnded = SignInArrival.safeParse(useLocation().state).data?.sessionEnded === true;
  const session = useQuery(sessionQueryOptions());
  const providers = useAuthProviders();
  const oidc = providers.data?.oidc;
  const failure = signInErrorKey(params.get('error'));

  if (session.data) return <Navigate to={next} replace />;

  return (
    <AuthFrame title={t('signIn.title')} description={t('signIn.description')} footer={t('signIn.footer')}>
      {sessionEnded ? (
        <Alert color="blue" variant="light" role="status" title={t('signIn.sessionEndedTitle')}>
          {t('signIn.sessionEndedBody')}
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('signIn.notSignedIn')}>
          {t(failure)}
        </Alert>
      ) : null}
      {session.isPending || providers.isPending ? (
        <Center py="lg">
          <Loader size="sm" aria-label={t('signIn.checking')} />
        </Center>
      ) : (
        <>
          {oidc ? <SsoSignIn name={oidc.name} next={next} ssoRequired={providers.data?.ssoRequired === true} /> : null}
          <SignInForm autoFocus={!oidc} />
        </>
      )}
    </AuthFrame>
  );
}
