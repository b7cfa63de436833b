import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useStepUp } from '../api/changes';

/** Approving needs a fresh sign-in: the password again, then the approval is sent once more. */
export function StepUpModal({ opened, onClose, onConfirmed }: { opened: boolean; onClose: () => void; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const [password, setPassword] = useState('');
  const close = () => {
    stepUp.reset();
    setPassword('');
    onClose();
  };
  const wrong = isApiError(stepUp.error) ? (stepUp.error.fields?.password ?? stepUp.error.message) : undefined;
  return (
    <Modal opened={opened} onClose={close} title={t('changes.stepUp.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          stepUp.mutate(password, {
            onSuccess: () => {
              setPassword('');
              onConfirmed();
            },
          });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('changes.stepUp.why')}</Text>
          <PasswordInput
            label={t('changes.stepUp.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={wrong}
            autoComplete="current-password"
            data-autofocus
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('changes.cancel')}
            </Button>
            <Button type="submit" loading={stepUp.isPending} disabled={!password}>
              {t('changes.stepUp.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
