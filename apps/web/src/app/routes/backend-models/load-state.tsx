import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one backend, shared by its detail and model editor screens. */
export function BackendSkeleton() {
  return <ResourceSkeleton label="Loading backend" heading lines={5} sections={[200]} />;
}

export function BackendLoadError({ id, ...load }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  return <ResourceLoadError {...load} missingTitle={`There is no backend with id “${id}”`} what="the backend" listPath="/backend-models" />;
}
