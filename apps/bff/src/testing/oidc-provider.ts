import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type Configuration } from 'oidc-provider';
import { oidcCallbackPath } from '@portico/contracts/sso';
import { Secret } from '../secret.ts';
import { parseGroupRoles, type OidcSettings } from '../services/auth/oidc/oidc-settings.ts';

/** One person the test provider knows: their login, the key of `people`, is also their `sub`. */
export interface ScriptedPerson {
  preferred_username?: string;
  email?: string;
  name?: string;
  groups: string[];
}

export const TEST_CLIENT = { id: 'portico-test', secret: 'portico-test-client-secret-0123456789abcdef' };

export interface TestProvider {
  issuer: string;
  /** Change a person between sign-ins (their groups, say): the provider reads this map each time. */
  people: Map<string, ScriptedPerson>;
  /** Registers Portico with its redirect URI (its port is known only once it started). */
  registerPortico(consoleUrl: string): Promise<void>;
  /** Settings for the BFF that point at this provider. */
  settings(groupRoles: string, overrides?: Partial<OidcSettings>): OidcSettings;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider, its development login and consent pages) on
 * 127.0.0.1 only, with scripted people. Any password is accepted; the login is the person.
 */
export async function startTestProvider(people: Record<string, ScriptedPerson>, port = 0): Promise<TestProvider> {
  const known = new Map(Object.entries(people));
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
    cookies: { keys: ['portico-test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const person = known.get(id);
      // Read at each token and userinfo call, so a test can change groups between sign-ins.
      return person ? { accountId: id, claims: () => ({ sub: id, ...known.get(id) }) } : undefined;
    },
  };
  const provider = new Provider(issuer, configuration);
  // The development pages say so on every request; tests do not need to read it.
  // Its own failures would otherwise show only as an error page; tests should see why.
  provider.on('server_error', (_ctx: unknown, error: unknown) => console.error('test provider:', error));
  server.on('request', provider.callback());
  return {
    issuer,
    people: known,
    registerPortico: async (consoleUrl) => {
      // Clients are read through the (memory) adapter when not configured statically; its typings omit the static.
      const clients = (provider.Client as unknown as { adapter: Adapter }).adapter;
      await clients.upsert(
        TEST_CLIENT.id,
        {
          client_id: TEST_CLIENT.id,
          client_secret: TEST_CLIENT.secret,
          redirect_uris: [new URL(oidcCallbackPath, consoleUrl).href],
          token_endpoint_auth_method: 'client_secret_basic',
        },
        3600,
      );
    },
    settings: (groupRoles, overrides = {}) => ({
      issuer: new URL(issuer),
      clientId: TEST_CLIENT.id,
      clientSecret: new Secret(TEST_CLIENT.secret),
      name: 'Test IdP',
      scopes: 'openid profile email',
      groupsClaim: 'groups',
      usernameClaim: 'preferred_username',
      groupRoles: parseGroupRoles(groupRoles),
      ...overrides,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
