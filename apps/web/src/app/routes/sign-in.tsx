import { Alert, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/layout/page-header';
import { useAuthProviders } from '@/features/auth/api/get-auth-providers';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { SsoSignIn } from '@/features/auth/components/sso-sign-in';
import { signInErrorMessage } from '@/features/auth/utils/sign-in-errors';
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
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const sessionEnded = SignInArrival.safeParse(useLocation().state).data?.sessionEnded === true;
  const session = useQuery(sessionQueryOptions());
  const providers = useAuthProviders();
  const oidc = providers.data?.oidc;
  const failure = signInErrorMessage(params.get('error'));

  if (session.data) return <Navigate to={next} replace />;

  return (
    <AuthFrame title="Sign in" description="Network access settings of your cloud API gateways." footer="No account yet? An admin of this console can invite you.">
      {sessionEnded ? (
        <Alert color="blue" variant="light" role="status" title="Your session ended">
          Sign in again to continue where you were.
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title="You are not signed in">
          {failure}
        </Alert>
      ) : null}
      {session.isPending || providers.isPending ? (
        <Center py="lg">
          <Loader size="sm" aria-label="Checking your session" />
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
