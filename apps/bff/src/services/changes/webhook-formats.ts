import type { WebhookFormat } from '@portico/contracts/changes';

export type WebhookEvent = 'opened' | 'approved' | 'rejected' | 'applied' | 'failed';

/** The documented body of Portico's own format (README: "Change request webhooks"). */
export interface PorticoWebhookBody {
  event: WebhookEvent;
  at: string;
  actor: string;
  policy: { id: string; name: string };
  request: {
    id: string;
    title: string;
    operation: string;
    state: string;
    profile: string;
    kind: string;
    blastRadius: string;
    author: string;
    comment: string;
    url?: string | undefined;
  };
}

const verbs: Record<WebhookEvent, string> = {
  opened: 'opened a change request',
  approved: 'approved a change request',
  rejected: 'rejected a change request',
  applied: 'applied a change request',
  failed: 'saw a change request fail',
};

function lines(body: PorticoWebhookBody): string[] {
  const r = body.request;
  return [`${body.actor} ${verbs[body.event]}: ${r.title}`, `Profile ${r.profile} · ${r.blastRadius}`, `Policy: ${body.policy.name}`, ...(r.url ? [r.url] : [])];
}

/** The body as each receiver expects it: DingTalk, Feishu/Lark and Slack incoming webhooks. */
export function formatWebhook(format: WebhookFormat, body: PorticoWebhookBody): unknown {
  switch (format) {
    case 'portico':
      return body;
    case 'dingtalk': {
      const [head, ...rest] = lines(body);
      return { msgtype: 'markdown', markdown: { title: `Portico: ${body.request.title}`, text: [`### ${head}`, ...rest].join('\n\n') } };
    }
    case 'feishu':
      return { msg_type: 'text', content: { text: lines(body).join('\n') } };
    case 'slack':
      return { text: lines(body).join('\n') };
  }
}

/**
 * DingTalk and Feishu answer 200 with an error code in the body (a wrong keyword, a bad
 * signature): that is a failed delivery too.
 */
export function receiverError(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { errcode?: unknown; code?: unknown; errmsg?: unknown; msg?: unknown };
    if (typeof parsed.errcode === 'number' && parsed.errcode !== 0) return `errcode ${parsed.errcode}: ${String(parsed.errmsg ?? '')}`;
    if (typeof parsed.code === 'number' && parsed.code !== 0) return `code ${parsed.code}: ${String(parsed.msg ?? '')}`;
  } catch {
    // Not JSON (Slack answers "ok"): the status decides.
  }
  return undefined;
}
