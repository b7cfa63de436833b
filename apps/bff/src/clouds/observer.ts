/** How one attempt at a cloud call ended, as the metrics count it. */
export type CloudOutcome = 'ok' | 'client_error' | 'throttled' | 'server_error' | 'timeout';

/**
 * What the cloud doors report about their calls. The clouds know no metrics library: whoever
 * starts the BFF passes an observer (the metrics registry of that instance) or nothing.
 */
export interface CloudObserver {
  /** One attempt (a retry is another attempt) of `operation`, and how long it took. */
  called(cloud: 'alibaba' | 'huawei', operation: string, outcome: CloudOutcome, seconds: number): void;
  /** A call waited its turn at the throttle pacer for this long before it was sent. */
  paced(cloud: 'alibaba' | 'huawei', operation: string, seconds: number): void;
}

export const unobserved: CloudObserver = { called: () => undefined, paced: () => undefined };
