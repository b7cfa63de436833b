/** An AccessKey pair the emulator accepts. */
export interface AccessKeyPair {
  id: string;
  secret: string;
  /** The account that owns the key; the store's default account when absent. */
  accountId?: string;
}

export interface AccessKeyRecord {
  readonly id: string;
  readonly secret: string;
  readonly accountId: string;
}

/** The configured AccessKey pairs, each owned by its account (the default one unless it names another). */
export class AccessKeyStore {
  private readonly byId = new Map<string, AccessKeyRecord>();

  constructor(pairs: readonly AccessKeyPair[], defaultAccountId: string) {
    for (const { id, secret, accountId } of pairs) this.byId.set(id, { id, secret, accountId: accountId ?? defaultAccountId });
  }

  find(id: string): AccessKeyRecord | undefined {
    return this.byId.get(id);
  }
}
