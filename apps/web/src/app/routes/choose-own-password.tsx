import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/layout/page-header';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { AuthFrame } from './auth-frame';

/**
 * After signing in with a generated password (the first admin's, printed on a terminal), the
 * console asks for one of the person's own before anything else; the BFF refuses all else too.
 */
export function ChooseOwnPassword() {
  const { t } = useTranslation();
  usePageTitle(t('password.choosePageTitle'));
  return (
    <AuthFrame title={t('password.chooseTitle')} description={t('password.chooseDescription')} width={420}>
      {/* The new session arrives with the answer; the gate then shows the console. */}
      <ChangePasswordForm submitLabel={t('password.saveAndContinue')} onChanged={() => undefined} />
    </AuthFrame>
  );
}
