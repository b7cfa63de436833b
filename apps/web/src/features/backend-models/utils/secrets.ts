import { SECRET_MASK, secretPaths, type BackendModelData } from '@portico/contracts/backend-models';
import { getAt, setAt } from './model-paths';

/** Shown in the diff for a secret that was typed anew: its value never appears on screen twice. */
export const NEW_SECRET = `${SECRET_MASK} (new value)`;

type SecretPath = (typeof secretPaths)[number];

/** The write-only values a model holds (any value, masked or typed). */
export function secretPathsIn(data: unknown): SecretPath[] {
  return secretPaths.filter((path) => {
    const value = getAt(data, path);
    return value !== undefined && value !== '';
  });
}

/**
 * Secrets left masked where this stage stores nothing to keep (a new model, or a model copied
 * from another stage): the BFF would refuse them, so they must be typed.
 */
export function maskedWithoutStored(data: unknown, current: BackendModelData | undefined): SecretPath[] {
  return secretPaths.filter((path) => getAt(data, path) === SECRET_MASK && !getAt(current, path));
}

/** The model as the review shows it: a newly typed secret is masked too, marked as new. */
export function maskForReview(data: BackendModelData): BackendModelData {
  let masked: BackendModelData = data;
  for (const path of secretPathsIn(data)) {
    if (getAt(data, path) !== SECRET_MASK) masked = setAt(masked, path, NEW_SECRET);
  }
  return masked;
}
