import type { Page } from '@playwright/test';

/**
 * Words that may stay as they are in the Chinese console: the clouds' own names for operations,
 * parameters and values (the console shows them as the cloud spells them), protocols and keys.
 */
const ALLOWED = new Set([
  'API',
  'APIs',
  'VPC',
  'ID',
  'ACL',
  'AppId',
  'ALLOW',
  'REFUSE',
  'TEST',
  'PRE',
  'RELEASE',
  'HTTP',
  'HTTPS',
  'JSON',
  'CIDR',
  'IPv4',
  'IPv6',
  'IP',
  'ECS',
  'SLB',
  'Host',
  'NeedBatchWork',
  'ModifyVpcAccessAndUpdateApis',
  'SetVpcAccess',
  'RemoveVpcAccess',
  'ModifyBackendModel',
  'CreateBackendModel',
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'URL',
  'ARN',
  'Ctrl',
  'Space',
  'Shift',
  'M',
  'Portico',
  // The graph library's attribution link (a name, as the library asks it be shown).
  'React',
  'Flow',
  'English',
  'RequestId',
  'ServiceAddress',
  'ServiceTimeout',
  'HttpTargetHostName',
  'CSV',
  'MOCK',
  'OSS',
  'EVENTBRIDGE',
  'LATEST',
  'ANY',
  'UTC',
  'GMT',
  'E2E',
  'operator',
]);

/**
 * English words left in what a person reads on the page: the text of `main` and of an open
 * dialog, less what the cloud or the people typed (table cells, values, code, `translate="no"`).
 * Ids, addresses and paths (digits, `-`, `_`, `.`, `/`, `:`) are data, not words.
 */
export async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const roots = Array.from(document.querySelectorAll('main, [role="dialog"]'));
    return roots
      .map((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        copy
          .querySelectorAll('style, script, td, [role="cell"], dd, code, pre, input, textarea, select, .cm-editor, [translate="no"], [aria-hidden="true"]')
          .forEach((el) => el.remove());
        // The lists' paging footer (components/list) is another area's, translated on its own: left out here.
        copy.querySelectorAll('.portico-inline-field').forEach((field) => field.closest('.mantine-Group-root')?.parentElement?.remove());
        // innerText of a detached node is its textContent: hidden parts of the original are left out first.
        return copy.textContent ?? '';
      })
      .join(' ');
  });
  const words = text.split(/[\s，。：；、（）()“”"'‘’,;:!?…·/|]+/).filter(Boolean);
  return [...new Set(words.filter((word) => /^[A-Za-z]+$/.test(word) && !/[0-9_\-./@[\]]/.test(word) && !ALLOWED.has(word)))];
}
