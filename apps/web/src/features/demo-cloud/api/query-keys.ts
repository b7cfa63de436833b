/** The one key factory of the demo cloud feature. */
export const demoCloudKeys = {
  all: ['demo-cloud'] as const,
  info: () => [...demoCloudKeys.all, 'info'] as const,
};
