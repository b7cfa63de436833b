/** Inventory leases that lapse within two seconds, so a killed builder's job moves quickly in tests. */
export const quickInventoryOptions = { leaseTtlMs: 1_500, sweepIntervalMs: 300, progressEveryMs: 50 };
