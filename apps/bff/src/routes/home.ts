import { Router, type Request } from 'express';
import { routes } from '@portico/contracts/routes';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { HomeService, HomeViewer } from '../services/home.ts';

/** The person's grants as the home summary asks them (the same rules every list applies). */
function viewerOf(req: Request): HomeViewer {
  const auth = req.auth;
  const permissions = auth?.permissions;
  const everything = !permissions || permissions.readsEverything();
  const scopeReaches = (kind: string, profile: string) =>
    permissions?.grants.some((g) => (!g.scope.kinds || g.scope.kinds.some((k) => k === kind)) && (!g.scope.profiles || g.scope.profiles.includes(profile))) ?? true;
  return {
    userId: auth?.user.id,
    readsEverything: everything,
    readsKind: (kind, profile) => everything || scopeReaches(kind, profile),
    visibleCount: (kind, profile, items) => (everything ? items.length : permissions.visible(items, (item) => ({ kind, profile, ...item })).length),
    readsWholeProfile: (profile) => everything || (permissions?.allows({ need: 'read', wholeProfile: true, profile }) ?? true),
    audit: everything || !auth ? undefined : { actorId: auth.user.id, scopes: permissions.grants.map((g) => ({ profiles: g.scope.profiles, kinds: g.scope.kinds })) },
  };
}

export function homeRouter(home: HomeService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.getHomeSummary, (_input, req) => home.summary(viewerOf(req)), options);
  return router;
}
