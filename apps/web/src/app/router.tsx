import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './routes/app-layout';
import { ComingSoonRoute } from './routes/coming-soon';
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
          { index: true, element: <Navigate to="/vpc-authorizations" replace /> },
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
            element: (
              <ComingSoonRoute
                title="Backend models"
                description="A backend service's model per stage (TEST, PRE, RELEASE), checked against its backend type before it is sent."
              />
            ),
          },
          {
            path: 'endpoint-services',
            element: (
              <ComingSoonRoute
                title="Endpoint services"
                description="Huawei Cloud VPC endpoint services: port mappings, approval and proxy-protocol settings."
              />
            ),
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
            path: 'people',
            lazy: () => import('./routes/people/people').then((m) => ({ Component: m.PeopleRoute })),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
