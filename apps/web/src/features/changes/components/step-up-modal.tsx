import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { oidcStartPath } from '@portico/contracts/sso';
import { isApiError } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { useStepUp } from '../api/changes';

interface StepUpProps {
  opened: boolean;
  onClose: () => void;
  onConfirmed: () => void;
}

/** Someone who signs in through the identity provider signs in there again (the provider asks for it anew) and comes back here. */
function ProviderStepUp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const start = `${oidcStartPath}?${new URLSearchParams({ reauth: '1', next: location.pathname })}`;
  return (
    <Stack gap="md">
      <Text size="sm">{t('changes.stepUp.whyProvider')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('changes.cancel')}
        </Button>
        <Button component="a" href={start}>
          {t('changes.stepUp.signInAgain')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The password typed again, then the approval is sent once more. */
function PasswordStepUp({ onClose, onConfirmed }: Omit<StepUpProps, 'opened'>) {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const [password, setPassword] = useState('');
  const wrong = isApiError(stepUp.error) ? (stepUp.error.fields?.password ?? stepUp.error.message) : undefined;
  return (
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
          <Button variant="default" onClick={onClose}>
            {t('changes.cancel')}
          </Button>
          <Button type="submit" loading={stepUp.isPending} disabled={!password}>
            {t('changes.stepUp.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Approving needs a fresh sign-in: the password again, or a sign-in at the identity provider again. */
export function StepUpModal({ opened, onClose, onConfirmed }: StepUpProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Modal opened={opened} onClose={onClose} title={t('changes.stepUp.title')} centered>
      {user.source === 'oidc' ? <ProviderStepUp onClose={onClose} /> : <PasswordStepUp onClose={onClose} onConfirmed={onConfirmed} />}
    </Modal>
  );
}
