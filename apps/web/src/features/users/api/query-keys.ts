/** The one key factory of the people feature. */
export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  signInSettings: () => [...userKeys.all, 'sign-in-settings'] as const,
};
