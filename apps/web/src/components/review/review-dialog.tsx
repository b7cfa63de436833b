import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReviewPanel, type ReviewPanelProps } from './review-panel';

interface Props extends Omit<ReviewPanelProps, 'onBack'> {
  opened: boolean;
  /** Back to the editor (also Esc and the close button, except while saving). */
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  /** Off when the dialog closes to show field messages: focus goes to the first of them instead. */
  returnFocus?: boolean;
  /** The panel waits for what it reviews (the dialog may open before it is computed). */
  ready?: boolean;
}

/** The review step of every editor that saves through a dialog: a ReviewPanel in a Modal. */
export function ReviewDialog({ opened, onClose, title, size = 'xl', returnFocus = true, ready = true, ...panel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={panel.saving ? () => undefined : onClose}
      title={title}
      size={size}
      returnFocus={returnFocus}
      closeButtonProps={{ 'aria-label': t('components.review.close') }}
    >
      {ready ? <ReviewPanel {...panel} onBack={onClose} /> : null}
    </Modal>
  );
}
