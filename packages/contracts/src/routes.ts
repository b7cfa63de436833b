import { z } from 'zod';
import { ProfileList, Health, ProfileQuery } from './profiles.ts';
import {
  CreateVpcAuthorization,
  CreatedVpcAuthorization,
  ModifiedVpcAuthorization,
  ModifyVpcAuthorization,
  RemovedVpcAuthorization,
  VpcAuthorizationDetail,
  VpcAuthorizationList,
  VpcAuthorizationListQuery,
  VpcAuthorizationParams,
} from './vpc-authorizations.ts';
import { Task, TaskParams } from './tasks.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One endpoint as data: the BFF registers it, the SPA's fetchers read its path and response. */
export interface RouteDef {
  method: HttpMethod;
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** HTTP status of a success. */
  status?: number;
}

const route = <R extends RouteDef>(def: R): R => def;

export const routes = {
  health: route({ method: 'GET', path: '/api/health', response: Health }),
  listProfiles: route({ method: 'GET', path: '/api/profiles', response: ProfileList }),

  listVpcAuthorizations: route({
    method: 'GET',
    path: '/api/vpc-authorizations',
    query: VpcAuthorizationListQuery,
    response: VpcAuthorizationList,
  }),
  getVpcAuthorization: route({
    method: 'GET',
    path: '/api/vpc-authorizations/:name',
    params: VpcAuthorizationParams,
    query: ProfileQuery,
    response: VpcAuthorizationDetail,
  }),
  createVpcAuthorization: route({
    method: 'POST',
    path: '/api/vpc-authorizations',
    query: ProfileQuery,
    body: CreateVpcAuthorization,
    response: CreatedVpcAuthorization,
    status: 201,
  }),
  modifyVpcAuthorization: route({
    method: 'PUT',
    path: '/api/vpc-authorizations/:name',
    params: VpcAuthorizationParams,
    query: ProfileQuery,
    body: ModifyVpcAuthorization,
    response: ModifiedVpcAuthorization,
  }),
  removeVpcAuthorization: route({
    method: 'DELETE',
    path: '/api/vpc-authorizations/:name',
    params: VpcAuthorizationParams,
    query: ProfileQuery,
    response: RemovedVpcAuthorization,
  }),

  getTask: route({ method: 'GET', path: '/api/tasks/:id', params: TaskParams, response: Task }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

/** Fills `:name` segments, encoding each value, so no caller builds a path by hand. */
export function pathOf(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
}

/** Server-Sent Events of one task; not JSON, so it sits beside the table. */
export const taskEventsPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/events`;
