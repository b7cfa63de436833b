import { ResourceLoadError, ResourceSkeleton } from '@/components/resource/load-state';

/** Loading and failure of one authorization, shared by its detail and edit screens. */
export function AuthorizationSkeleton() {
  return <ResourceSkeleton label="Loading VPC authorization" lines={6} sections={[160]} />;
}

export function AuthorizationLoadError({ name, ...load }: { name: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  // Names are checked by the BFF too, but a 400 there says what is wrong with it: show that.
  return (
    <ResourceLoadError
      {...load}
      missingTitle={`There is no VPC authorization named “${name}”`}
      what="the VPC authorization"
      listPath="/vpc-authorizations"
      badIdIsMissing={false}
    />
  );
}
