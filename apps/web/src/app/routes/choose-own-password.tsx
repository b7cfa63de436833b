import { usePageTitle } from '@/components/layout/page-header';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { AuthFrame } from './auth-frame';

/**
 * After signing in with a generated password (the first admin's, printed on a terminal), the
 * console asks for one of the person's own before anything else; the BFF refuses all else too.
 */
export function ChooseOwnPassword() {
  usePageTitle('Choose your password');
  return (
    <AuthFrame
      title="Choose your own password"
      description="You signed in with a generated password that was shown on a terminal. Replace it before you continue."
      width={420}
    >
      {/* The new session arrives with the answer; the gate then shows the console. */}
      <ChangePasswordForm submitLabel="Save and continue" onChanged={() => undefined} />
    </AuthFrame>
  );
}
