/** The one key factory of the API tokens feature. */
export const tokenKeys = {
  all: ['tokens'] as const,
  lists: () => [...tokenKeys.all, 'list'] as const,
  list: (owner: 'me' | 'all') => [...tokenKeys.lists(), { owner }] as const,
};
