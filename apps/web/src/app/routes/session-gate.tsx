import { useEffect, useRef, type ReactNode } from 'react';
import { Center, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useAccountLocale } from '@/lib/i18n/use-locale';
import { signInPathFrom } from '@/lib/return-to';
import { SessionProvider, sessionQueryOptions } from '@/lib/session';
import { ChooseOwnPassword } from './choose-own-password';
import { PageSkeleton } from './page-skeleton';

/** Gate → sign-in: whether a session this tab had just ended (rather than there never was one). */
export const SignInArrival = z.object({ sessionEnded: z.boolean().optional() });
export type SignInArrival = z.infer<typeof SignInArrival>;

/**
 * The shell is for signed-in people only. Nobody signed in (at first, or when any call answers
 * 401) → the sign-in page, which brings them back to this page afterwards.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useQuery(sessionQueryOptions());
  // The language chosen on the person's account wins over this browser's guess.
  useAccountLocale(session.data?.user.locale);
  const location = useLocation();
  const hadSession = useRef(false);
  useEffect(() => {
    if (session.data) hadSession.current = true;
  }, [session.data]);

  if (session.data?.passwordChangeRequired) return <ChooseOwnPassword />;
  if (session.data) return <SessionProvider session={session.data}>{children}</SessionProvider>;
  if (session.data === null) {
    const state: SignInArrival = { sessionEnded: hadSession.current };
    return <Navigate to={signInPathFrom(location)} replace state={state} />;
  }
  if (session.isPending) return <PageSkeleton />;
  return (
    <Center mih="100dvh" p="lg">
      <Stack w={460}>
        <ApiErrorAlert error={session.error} title={t('shell.sessionCheckFailed')} onRetry={() => void session.refetch()} retrying={session.isFetching} />
      </Stack>
    </Center>
  );
}
