import { analyseAcrossItems, analyseCidrs, isWideBlock, parseCidr, splitCidrText, type FindingMessage, type SiblingItem } from '@portico/contracts/cidr';
import { CidrEntry, CidrList, MAX_CIDRS_PER_ITEM, type IpControlType } from '@portico/contracts/ip-controls';
import { i18n } from '@/lib/i18n/i18n';
import { validationMessage } from '@/lib/i18n/validation';

/**
 * The policy item editor's rows: one address or block per row, as the form holds them
 * (`cidrs: string[]`). Every rule comes from the contract (`CidrEntry`, `CidrList`) and every
 * warning from `analyseCidrs`; this file only says which row a message belongs to.
 */

/** A new item starts with one empty row to type in. */
export const emptyRows = (): string[] => [''];

export function addRow(rows: readonly string[]): string[] {
  return [...rows, ''];
}

/** Removes row `index`; removing the last row leaves one empty row, so there is always a place to type. */
export function removeRow(rows: readonly string[], index: number): string[] {
  const next = rows.filter((_, i) => i !== index);
  return next.length > 0 ? next : emptyRows();
}

export function updateRow(rows: readonly string[], index: number, value: string): string[] {
  return rows.map((row, i) => (i === index ? value : row));
}

/**
 * What "Fill rows" does with pasted text: the rows that hold something stay, the pasted entries
 * (split on `;`, commas, spaces and new lines) follow, empty rows go. It may make more rows
 * than an item can hold: the counter and the list's message then say so.
 */
export function fillRows(rows: readonly string[], text: string): { rows: string[]; added: number } {
  const pasted = splitCidrText(text);
  const kept = rows.filter((row) => row.trim() !== '');
  const next = [...kept, ...pasted];
  return { rows: next.length > 0 ? next : emptyRows(), added: pasted.length };
}

/** "3 / 10": how many rows the item has against what it may hold. */
export function rowCounter(rows: readonly string[]): { count: number; max: number; over: boolean; text: string } {
  const count = rows.length;
  return { count, max: MAX_CIDRS_PER_ITEM, over: count > MAX_CIDRS_PER_ITEM, text: `${count} / ${MAX_CIDRS_PER_ITEM}` };
}

export interface RowCheck {
  /** The contract's message for each row (invalid entry, repeated entry), or undefined. */
  errors: (string | undefined)[];
  /** The contract's message for the list as a whole (too many entries). */
  listError: string | undefined;
  /** Warnings per row, not errors: saving is allowed with them. Each warning appears once. */
  warnings: string[][];
  /** Every warning of every row, once each, in row order: what the review repeats. */
  allWarnings: string[];
}

/** `0.0.0.0/0` and `::/0` are every address, not "close to" it: they allow (or refuse) everyone. In the reader's language. */
function wideBlockWarning(type: IpControlType, row: string): string {
  const entry = row.trim();
  const everyone = parseCidr(row)?.prefix === 0;
  if (everyone) return type === 'ALLOW' ? i18n.t('ipControls.wide.everyAllow', { entry }) : i18n.t('ipControls.wide.everyRefuse', { entry });
  return type === 'ALLOW' ? i18n.t('ipControls.wide.allow', { entry }) : i18n.t('ipControls.wide.refuse', { entry });
}

/** A finding (within the item or against another), in the reader's language, from the key and values the contract gives it. */
const findingText = (finding: FindingMessage): string => validationMessage(i18n, finding.key, finding.params);

/**
 * Checks the rows as the person types. Each row is checked on its own (`CidrEntry`), so a row's
 * message shows even when the list has too many rows (the list's own check stops at the count).
 */
export function checkRows(rows: readonly string[], type: IpControlType, otherItems: readonly SiblingItem[] = []): RowCheck {
  const errors: (string | undefined)[] = rows.map((row) => CidrEntry.safeParse(row).error?.issues[0]?.message);
  let listError: string | undefined;
  const list = CidrList.safeParse(rows);
  for (const issue of list.error?.issues ?? []) {
    const [index] = issue.path;
    if (typeof index === 'number') errors[index] ??= issue.message;
    else listError ??= issue.message;
  }

  const warnings: string[][] = rows.map(() => []);
  for (const finding of analyseCidrs(rows)) {
    // A finding is shown on the row it is about: the later or the inner one.
    const row = finding.kind === 'host-bits' ? finding.rows[0] : finding.rows[1];
    if (row === undefined) continue;
    // A repeated entry is already the contract's error on that row: no second message.
    if (finding.kind === 'duplicate' && errors[row]) continue;
    warnings[row]?.push(findingText(finding));
  }
  for (const finding of analyseAcrossItems(rows, otherItems)) {
    if (!errors[finding.row]) warnings[finding.row]?.push(findingText(finding));
  }
  rows.forEach((row, i) => {
    if (!errors[i] && isWideBlock(row)) warnings[i]?.push(wideBlockWarning(type, row));
  });
  // One message once: a row typed twice says its finding about another item on the first row only.
  const shown = new Set<string>();
  const unique = warnings.map((list) =>
    list.filter((warning) => {
      if (shown.has(warning)) return false;
      shown.add(warning);
      return true;
    }),
  );
  return { errors, listError, warnings: unique, allWarnings: [...shown] };
}

/** Whether row `index` should show its message yet: a blank row says "is empty" only after a save was tried. */
export function showRowError(rows: readonly string[], index: number, submitted: boolean): boolean {
  return submitted || (rows[index] ?? '').trim() !== '';
}

/**
 * A row's message as a sentence under it: "Entry 3 is empty", but "10.0.0.0/33 is not a valid
 * CIDR block" as it is, since it already names what is wrong.
 */
export function rowMessage(label: string, row: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const text = row.trim();
  return text !== '' && message.startsWith(text) ? message : `${label} ${message}`;
}
