/**
 * A browser as far as a sign-in needs one: cookies per host, redirects followed by hand so a
 * test can stop, look and tamper at each hop. Drives the provider's own login and consent pages.
 */
export class TestBrowser {
  readonly #jar = new Map<string, Map<string, string>>();

  cookie(url: string, name: string): string | undefined {
    return this.#jar.get(new URL(url).host)?.get(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const host = new URL(url).host;
    const cookies = [...(this.#jar.get(host) ?? new Map<string, string>()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: { ...(cookies ? { cookie: cookies } : {}), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    const jar = this.#jar.get(host) ?? new Map<string, string>();
    this.#jar.set(host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** Follows redirects while they stay on `host`; returns the last page, or the first Location leaving it. */
  async followOn(url: string, host: string): Promise<{ page?: Response; pageUrl: string; leftTo?: string }> {
    let current = url;
    for (let hops = 0; hops < 20; hops++) {
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (!location) return { page: response, pageUrl: current };
      await response.arrayBuffer();
      const next = new URL(location, current).href;
      if (new URL(next).host !== host) return { pageUrl: current, leftTo: next };
      current = next;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

/** Posts a form on the provider's page and follows where it leads. */
async function submitForm(browser: TestBrowser, url: string, form: Record<string, string>, host: string) {
  const response = await browser.request(url, { form });
  const location = response.headers.get('location');
  await response.arrayBuffer();
  if (!location) throw new Error(`the provider answered ${response.status} to ${form.prompt ?? 'a form'}`);
  const next = new URL(location, url).href;
  return new URL(next).host === host ? browser.followOn(next, host) : { pageUrl: url, leftTo: next };
}

/** The first form's action on a page that submits itself (the provider's resume after a second login). */
function formAction(html: string, pageUrl: string): string {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1];
  return new URL((action ?? pageUrl).replace(/&amp;/g, '&'), pageUrl).href;
}

function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const input of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
  }
  return fields;
}

export interface ProviderSignIn {
  /** Where the console's start sent the browser (the provider's authorization URL). */
  authorizationUrl: string;
  /** Where the provider sends the browser back (the console's callback with code and state). */
  callbackUrl: string;
  /** How often the provider showed its login page (0: it reused its own session). */
  loginPages: number;
}

/**
 * Starts a sign-in at the console, signs in at the provider's login page as `login` (or
 * cancels there) and consents, and returns the callback URL without visiting it.
 * `tamper` may change the authorization URL before the provider sees it.
 */
export async function signInAtProvider(
  browser: TestBrowser,
  consoleUrl: string,
  login: string,
  options: { next?: string; cancel?: boolean; reauth?: boolean; tamper?: (authorizationUrl: URL) => void } = {},
): Promise<ProviderSignIn> {
  const query = new URLSearchParams({ ...(options.next ? { next: options.next } : {}), ...(options.reauth ? { reauth: '1' } : {}) });
  const start = await browser.request(`${consoleUrl}/api/auth/oidc/start${query.size > 0 ? `?${query}` : ''}`);
  const location = start.headers.get('location');
  if (start.status !== 302 || !location) throw new Error(`start answered ${start.status} ${location ?? ''}`);
  const authorization = new URL(location);
  options.tamper?.(authorization);
  const providerHost = authorization.host;
  let at = await browser.followOn(authorization.href, providerHost);
  let loginPages = 0;
  for (let step = 0; step < 4 && !at.leftTo; step++) {
    const html = (await at.page?.text()) ?? '';
    const uid = new URL(at.pageUrl).pathname.split('/')[2] ?? '';
    const interaction = `${authorization.origin}/interaction/${uid}`;
    if (options.cancel) at = await browser.followOn(`${interaction}/abort`, providerHost);
    else if (html.includes('document.forms[0].submit()')) at = await submitForm(browser, formAction(html, at.pageUrl), hiddenInputs(html), providerHost);
    else if (html.includes('name="login"') && ++loginPages) at = await submitForm(browser, interaction, { prompt: 'login', login, password: 'any-password' }, providerHost);
    else if (html.includes('value="consent"')) at = await submitForm(browser, interaction, { prompt: 'consent' }, providerHost);
    else
      throw new Error(
        `unexpected provider page at ${at.pageUrl}: ${html
          .replace(/<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 400)}`,
      );
  }
  if (!at.leftTo) throw new Error('the provider never sent the browser back');
  return { authorizationUrl: authorization.href, callbackUrl: at.leftTo, loginPages };
}
