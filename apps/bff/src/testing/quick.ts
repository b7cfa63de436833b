/**
 * Inventory leases that lapse within two seconds, so a killed builder's job moves quickly in
 * tests; no refresh cooldown (tests build again and again; one test checks the cooldown).
 */
export const quickInventoryOptions = { leaseTtlMs: 1_500, sweepIntervalMs: 300, progressEveryMs: 50, refreshCooldownMs: 0 };
