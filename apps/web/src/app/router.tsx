import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './routes/app-layout';
import { ComingSoonRoute } from './routes/coming-soon';
import { NotFoundRoute } from './routes/not-found';
import { PageSkeleton } from './routes/page-skeleton';
import { RouteError } from './routes/route-error';

/**
 * The shell is in the first bundle; every feature screen is its own chunk, loaded when its
 * route is first visited.
 */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
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
            element: (
              <ComingSoonRoute
                title="IP access control"
                description="Allow and deny lists of addresses and CIDR blocks, and the APIs each list guards."
              />
            ),
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
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
