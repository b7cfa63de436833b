import { useTranslation } from 'react-i18next';
import { UserRole } from '@portico/contracts/auth';

/** Every global role with what it allows, in the contracts' order (least first), in the reader's language. */
export function useRoleOptions(withMeaning: boolean) {
  const { t } = useTranslation();
  return UserRole.options.map((role) => {
    const name = role === 'none' ? t('users.noGlobalRole') : t(`roles.${role}`);
    return { value: role, label: withMeaning ? t('users.roleWithMeaning', { role: name, meaning: t(`roles.meaning.${role}`) }) : name };
  });
}
