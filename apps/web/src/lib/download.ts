import { errorFromResponse, networkError } from './api-client';

/** The file name a `Content-Disposition: attachment; filename="…"` answer suggests. */
export function filenameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || undefined;
}

/** Hands a downloaded body to the browser as a file, under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The formats every export of the BFF offers. */
export type ExportFormat = 'csv' | 'json';

const ACCEPT: Record<ExportFormat, string> = { csv: 'text/csv', json: 'application/json' };

/**
 * Downloads one export of the BFF (the session cookie authenticates it) and saves it under the
 * name the server gives, else `<fallbackStem>.<format>`; returns that name. Fetched rather than
 * followed as a link, so a refusal or an ended session is said on the page (as an ApiError)
 * instead of saved as the file.
 */
export async function downloadExport(url: string, format: ExportFormat, fallbackStem: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: ACCEPT[format] } });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await errorFromResponse(response);
  const name = filenameFromDisposition(response.headers.get('Content-Disposition')) ?? `${fallbackStem}.${format}`;
  saveBlob(await response.blob(), name);
  return name;
}
