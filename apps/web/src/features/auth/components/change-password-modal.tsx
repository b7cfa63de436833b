import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './change-password-form';

/** "Change password" from the account menu. */
export function ChangePasswordModal({ opened, onClose, onChanged }: { opened: boolean; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('password.modalTitle')} centered closeButtonProps={{ 'aria-label': t('shell.close') }}>
      {opened ? <ChangePasswordForm onCancel={onClose} onChanged={onChanged} /> : null}
    </Modal>
  );
}
