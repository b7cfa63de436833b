import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one ACL. */
export function IpControlSkeleton() {
  return <ResourceSkeleton label="Loading IP access control list" lines={5} sections={[200, 120]} />;
}

export function IpControlLoadError({ id, ...load }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  return <ResourceLoadError {...load} missingTitle={`There is no IP access control list with id “${id}”`} what="the IP access control list" listPath="/ip-access-control" />;
}
