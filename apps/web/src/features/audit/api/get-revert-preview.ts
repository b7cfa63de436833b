import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { auditKeys } from './query-keys';

export function getRevertPreview(id: string, signal?: AbortSignal) {
  return apiRequest(routes.previewRevert, { params: { id }, signal });
}

export const revertPreviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: auditKeys.revertPreview(id),
    queryFn: ({ signal }) => getRevertPreview(id, signal),
    // The resource as it is now: read fresh each time someone considers a revert.
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });

export function useRevertPreview(id: string, options: { enabled: boolean }) {
  return useQuery({ ...revertPreviewQueryOptions(id), enabled: options.enabled });
}
