/** What a provider knows about the call it serves: who, where, which request, when. */
export interface CallContext {
  readonly accountId: string;
  readonly regionId: string;
  readonly requestId: string;
  readonly action: string;
  /** Epoch milliseconds at which the call is served. */
  readonly now: number;
}
