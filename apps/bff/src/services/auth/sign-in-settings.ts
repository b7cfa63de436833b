import { eq } from 'drizzle-orm';
import { ErrorCode } from '@portico/contracts/errors';
import type { SignInSettings, UpdateSignInSettings } from '@portico/contracts/sso';
import type { Db } from '../../db/database.ts';
import { settings } from '../../db/schema.ts';
import { AppError, keyedFields } from '../../errors.ts';
import { porticoTarget, type Actor, type AuditLog } from '../audit/audit-log.ts';
import { audited } from '../audit/audited.ts';

const REQUIRE_SSO = 'requireSso';

/**
 * How people may sign in, as an admin set it. Stored in the database so every instance
 * answers the same, and read at each password sign-in (a rare event) rather than cached.
 */
export class SignInSettingsStore {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    /** Whether OIDC_* settings name a provider. */
    readonly oidcConfigured: boolean,
  ) {}

  async requireSso(): Promise<boolean> {
    const [row] = await this.db.select().from(settings).where(eq(settings.key, REQUIRE_SSO));
    // A provider configured away leaves the flag meaningless: passwords work again.
    return this.oidcConfigured && row?.value === true;
  }

  async get(): Promise<SignInSettings> {
    return { requireSso: await this.requireSso(), oidcConfigured: this.oidcConfigured };
  }

  async update(actor: Actor, change: UpdateSignInSettings): Promise<SignInSettings> {
    if (change.requireSso && !this.oidcConfigured) {
      throw new AppError(ErrorCode.conflict, 'Configure an identity provider (OIDC_ISSUER) before requiring SSO, or nobody but admins could sign in.', 409, {
        ...keyedFields({ requireSso: { key: 'needsIdentityProvider' } }),
      });
    }
    const before = await this.get();
    const target = porticoTarget('UpdateSignInSettings', 'settings', 'sign-in');
    await audited(this.audit, actor, target, { before: { requireSso: before.requireSso }, after: change }, async () => {
      await this.db
        .insert(settings)
        .values({ key: REQUIRE_SSO, value: change.requireSso })
        .onConflictDoUpdate({ target: settings.key, set: { value: change.requireSso, updatedAt: new Date() } });
      return {};
    });
    return this.get();
  }
}
