import { CSRF_HEADER, SessionInfo } from '@portico/contracts/auth';

export interface ApiResponse {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on changes. */
export class ApiClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  /** Sent with every request (e.g. X-Forwarded-For or Origin), unless a call overrides them. */
  defaultHeaders: Record<string, string> = {};

  constructor(readonly baseUrl: string) {}

  async signIn(username: string, password: string): Promise<ApiResponse> {
    const response = await this.request('POST', '/api/session', { username, password });
    if (response.status === 200) this.csrfToken = SessionInfo.parse(response.body).csrfToken;
    return response;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> {
    const all: Record<string, string> = { ...this.defaultHeaders, ...headers };
    if (body !== undefined && !Object.keys(all).some((h) => h.toLowerCase() === 'content-type')) all['content-type'] = 'application/json';
    if (this.cookie) all.cookie = this.cookie;
    if (this.csrfToken && !(CSRF_HEADER in all)) all[CSRF_HEADER] = this.csrfToken;
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: all,
      redirect: 'manual',
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
  }
}
