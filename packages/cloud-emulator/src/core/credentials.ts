/** An AccessKey pair the emulator accepts. */
export interface AccessKeyPair {
  id: string;
  secret: string;
}

export interface AccessKeyRecord {
  readonly id: string;
  readonly secret: string;
  readonly accountId: string;
}

/** The configured AccessKey pairs, all owned by one emulated account. */
export class AccessKeyStore {
  private readonly byId = new Map<string, AccessKeyRecord>();

  constructor(pairs: readonly AccessKeyPair[], accountId: string) {
    for (const { id, secret } of pairs) this.byId.set(id, { id, secret, accountId });
  }

  find(id: string): AccessKeyRecord | undefined {
    return this.byId.get(id);
  }
}
