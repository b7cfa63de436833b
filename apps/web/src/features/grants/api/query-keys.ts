/** The one key factory of the grants feature. */
export const grantKeys = {
  all: ['grants'] as const,
  list: () => [...grantKeys.all, 'list'] as const,
};
