import { Modal } from '@mantine/core';
import { ChangePasswordForm } from './change-password-form';

/** "Change password" from the account menu. */
export function ChangePasswordModal({ opened, onClose, onChanged }: { opened: boolean; onClose: () => void; onChanged: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Change your password" centered>
      {opened ? <ChangePasswordForm onCancel={onClose} onChanged={onChanged} /> : null}
    </Modal>
  );
}
