import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one endpoint service, shared by its detail and edit screens. */
export function EndpointServiceSkeleton() {
  return <ResourceSkeleton label="Loading endpoint service" lines={7} sections={[200, 120]} />;
}

export function EndpointServiceLoadError({ id, ...load }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  return <ResourceLoadError {...load} missingTitle={`There is no endpoint service with id “${id}”`} what="the endpoint service" listPath="/endpoint-services" />;
}
