import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, lte } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import { webhookDeliveries } from '../../db/schema.ts';
import { formatWebhook, receiverError, type PorticoWebhookBody } from './webhook-formats.ts';
import type { PolicyStore } from './policy-store.ts';

export interface WebhookOptions {
  maxAttempts: number;
  /** The first retry's wait; each further one doubles. */
  retryBaseMs: number;
  timeoutMs: number;
}

export const defaultWebhookOptions: WebhookOptions = { maxAttempts: 6, retryBaseMs: 30_000, timeoutMs: 5_000 };

/**
 * An outbox: a notice is written to the database with the change and delivered after it, retried
 * with backoff. A receiver that is down never holds up or fails a change.
 */
export class Webhooks {
  #running: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly policies: PolicyStore,
    private readonly logger: Logger,
    private readonly options: WebhookOptions = defaultWebhookOptions,
  ) {}

  async enqueue(policyIds: readonly string[], body: Omit<PorticoWebhookBody, 'policy'>): Promise<void> {
    const all = await this.policies.all();
    const targets = all.filter((p) => policyIds.includes(p.id) && p.webhookUrl);
    if (targets.length === 0) return;
    await this.db.insert(webhookDeliveries).values(
      targets.map((policy) => ({
        id: randomUUID(),
        requestId: body.request.id,
        policyId: policy.id,
        event: body.event,
        body: { ...body, policy: { id: policy.id, name: policy.name } },
      })),
    );
    this.kick();
  }

  /** Delivers what is due now, without waiting for the caller (one run at a time per instance). */
  kick(): void {
    this.#running ??= this.deliverDue()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'webhook delivery run failed'))
      .finally(() => (this.#running = undefined));
  }

  /** Waits for the current run (tests, shutdown). */
  async settled(): Promise<void> {
    await this.#running;
  }

  async deliverDue(now = new Date()): Promise<void> {
    const due = await this.db
      .select()
      .from(webhookDeliveries)
      .where(and(isNull(webhookDeliveries.deliveredAt), lte(webhookDeliveries.nextAttemptAt, now), lt(webhookDeliveries.attempts, this.options.maxAttempts)));
    for (const delivery of due) await this.deliverOne(delivery);
  }

  private async deliverOne(delivery: typeof webhookDeliveries.$inferSelect): Promise<void> {
    // Claimed by moving its next attempt on: another instance's run skips it.
    const lease = new Date(Date.now() + 60_000);
    // (Compared by attempts and "due now", not by the timestamp read: the database keeps microseconds, a Date does not.)
    const [claimed] = await this.db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: lease })
      .where(
        and(
          eq(webhookDeliveries.id, delivery.id),
          eq(webhookDeliveries.attempts, delivery.attempts),
          isNull(webhookDeliveries.deliveredAt),
          lte(webhookDeliveries.nextAttemptAt, new Date()),
        ),
      )
      .returning();
    if (!claimed) return;
    const policy = await this.policies.find(delivery.policyId);
    const error = policy?.webhookUrl
      ? await this.post(policy.webhookUrl, formatWebhook(policy.webhook?.format ?? 'portico', delivery.body as PorticoWebhookBody))
      : 'the policy has no webhook any more';
    const attempts = delivery.attempts + 1;
    if (!error) {
      await this.db.update(webhookDeliveries).set({ attempts, deliveredAt: new Date(), lastError: null }).where(eq(webhookDeliveries.id, delivery.id));
      return;
    }
    const wait = this.options.retryBaseMs * 2 ** (attempts - 1);
    await this.db
      .update(webhookDeliveries)
      .set({ attempts, lastError: error, nextAttemptAt: new Date(Date.now() + wait) })
      .where(eq(webhookDeliveries.id, delivery.id));
    // The host only: the URL may hold a token.
    this.logger.warn({ policy: delivery.policyId, attempts, error, host: policy?.webhook?.host }, 'webhook delivery failed');
  }

  private async post(url: string, body: unknown): Promise<string | undefined> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Portico' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
      const text = await response.text();
      if (!response.ok) return `HTTP ${response.status}`;
      return receiverError(text);
    } catch (error) {
      return error instanceof Error ? error.message : 'no answer';
    }
  }

  /** Deliveries of one request (its page shows whether the team was told). */
  forRequest(requestId: string) {
    return this.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.requestId, requestId));
  }
}
