import { createBrowserRouter } from 'react-router';
import { AppLayout } from './routes/app-layout';
import { NotFoundRoute } from './routes/not-found';
import { PageSkeleton } from './routes/page-skeleton';
import { RouteError } from './routes/route-error';
import { SessionGate } from './routes/session-gate';

/**
 * The shell is in the first bundle; every feature screen is its own chunk, loaded when its
 * route is first visited.
 */
export const router = createBrowserRouter([
  {
    path: 'sign-in',
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSkeleton />,
    lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })),
  },
  {
    // Signed-in people only: anyone else goes to sign-in and comes back here afterwards.
    element: (
      <SessionGate>
        <AppLayout />
      </SessionGate>
    ),
    hydrateFallbackElement: <PageSkeleton />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: () => import('./routes/home/home').then((m) => ({ Component: m.HomeRoute })),
          },
          {
            path: 'vpc-authorizations',
            lazy: () => import('./routes/vpc-authorizations/list').then((m) => ({ Component: m.VpcAuthorizationsListRoute })),
          },
          {
            path: 'vpc-authorizations/new',
            lazy: () => import('./routes/vpc-authorizations/create').then((m) => ({ Component: m.CreateVpcAuthorizationRoute })),
          },
          {
            path: 'vpc-authorizations/:name',
            lazy: () => import('./routes/vpc-authorizations/detail').then((m) => ({ Component: m.VpcAuthorizationDetailRoute })),
          },
          {
            path: 'vpc-authorizations/:name/edit',
            lazy: () => import('./routes/vpc-authorizations/edit').then((m) => ({ Component: m.EditVpcAuthorizationRoute })),
          },
          {
            path: 'tasks',
            lazy: () => import('./routes/tasks/list').then((m) => ({ Component: m.TaskHistoryRoute })),
          },
          {
            path: 'tasks/:id',
            lazy: () => import('./routes/tasks/task').then((m) => ({ Component: m.TaskRoute })),
          },
          {
            path: 'ip-access-control',
            lazy: () => import('./routes/ip-access-control/list').then((m) => ({ Component: m.IpAccessControlListRoute })),
          },
          {
            path: 'ip-access-control/:id',
            lazy: () => import('./routes/ip-access-control/detail').then((m) => ({ Component: m.IpAccessControlDetailRoute })),
          },
          {
            path: 'backend-models',
            lazy: () => import('./routes/backend-models/list').then((m) => ({ Component: m.BackendModelsListRoute })),
          },
          {
            path: 'backend-models/:id',
            lazy: () => import('./routes/backend-models/detail').then((m) => ({ Component: m.BackendModelDetailRoute })),
          },
          {
            // The model editor (CodeMirror) is its own chunk, loaded only here.
            path: 'backend-models/:id/:stage/edit',
            lazy: () => import('./routes/backend-models/edit-model').then((m) => ({ Component: m.EditBackendModelRoute })),
          },
          {
            path: 'backend-models/:id/:stage/new',
            lazy: () => import('./routes/backend-models/edit-model').then((m) => ({ Component: m.CreateBackendModelRoute })),
          },
          {
            path: 'access',
            lazy: () => import('./routes/access/access').then((m) => ({ Component: m.AccessRoute })),
          },
          {
            path: 'endpoint-services',
            lazy: () => import('./routes/endpoint-services/list').then((m) => ({ Component: m.EndpointServicesListRoute })),
          },
          {
            path: 'endpoint-services/:id',
            lazy: () => import('./routes/endpoint-services/detail').then((m) => ({ Component: m.EndpointServiceDetailRoute })),
          },
          {
            path: 'endpoint-services/:id/edit',
            lazy: () => import('./routes/endpoint-services/edit').then((m) => ({ Component: m.EditEndpointServiceRoute })),
          },
          {
            path: 'bindings',
            lazy: () => import('./routes/bindings/bindings').then((m) => ({ Component: m.BindingsRoute })),
          },
          {
            path: 'audit',
            lazy: () => import('./routes/audit/list').then((m) => ({ Component: m.AuditListRoute })),
          },
          {
            path: 'audit/:id',
            lazy: () => import('./routes/audit/event').then((m) => ({ Component: m.AuditEventRoute })),
          },
          {
            path: 'changes',
            lazy: () => import('./routes/changes/list').then((m) => ({ Component: m.ChangesRoute })),
          },
          {
            path: 'changes/:id',
            lazy: () => import('./routes/changes/change').then((m) => ({ Component: m.ChangeRoute })),
          },
          {
            path: 'tokens',
            lazy: () => import('./routes/tokens/tokens').then((m) => ({ Component: m.TokensRoute })),
          },
          {
            path: 'people',
            lazy: () => import('./routes/people/people').then((m) => ({ Component: m.PeopleRoute })),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
