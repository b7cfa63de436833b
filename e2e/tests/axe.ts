import { appendFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What blocks: WCAG 2.1 A and AA rules whose findings axe rates serious or critical. */
const BLOCKING = new Set(['serious', 'critical']);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Findings in a library's own markup that we cannot change, each with why it is harmless. Kept
 * as narrow as the exact node and reason, so the same rule still fails anywhere else.
 */
const KNOWN_UPSTREAM = [
  {
    // Mantine 9's Menu puts a focus sentinel (<div role="presentation" tabindex="-1" data-autofocus>)
    // first inside its role="menu" dropdown. Presentational, never announced; the menu's items are
    // real menuitems.
    rule: 'aria-required-children',
    html: /data-menu-dropdown="true"/,
    summary: /Element has children which are not allowed: \[role=presentation\]\s*$/,
  },
];

export interface AxeFinding {
  rule: string;
  impact: string;
  nodes: number;
  help: string;
  targets: string[];
  details: string[];
}

/**
 * Runs axe on the page as it is now and returns the serious and critical findings. With
 * E2E_AXE_REPORT naming a file, each screen's count is appended to it as a JSON line (for the
 * before/after figures in the README).
 */
export async function axeFindings(page: Page, screen: string): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const findings = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !KNOWN_UPSTREAM.some((k) => k.rule === v.id && k.html.test(n.html) && k.summary.test(n.failureSummary ?? ''))) }))
    .filter((v) => BLOCKING.has(v.impact ?? '') && v.nodes.length > 0)
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      details: v.nodes.map((n) => describe(n)),
    }));
  const report = process.env.E2E_AXE_REPORT;
  if (report) {
    const nodes = findings.reduce((n, f) => n + f.nodes, 0);
    appendFileSync(report, `${JSON.stringify({ screen, nodes, rules: Object.fromEntries(findings.map((f) => [f.rule, f.nodes])), findings })}\n`);
  }
  return findings;
}

/** A node in a few words: where it is and, for contrast, which colours on which. */
function describe(node: { target: unknown[]; html: string; any: { data?: unknown }[] }): string {
  const data = node.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
  const colours = data?.fgColor ? ` ${data.fgColor} on ${data.bgColor} (${data.contrastRatio})` : '';
  return `${node.target.join(' ')}${colours} ${node.html.slice(0, 120)}`;
}

/** Fails (softly, so every screen of a run is checked) when axe finds a serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const findings = await axeFindings(page, screen);
  const summary = findings.map((f) => `${f.rule} (${f.impact}, ${f.nodes}): ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n  ');
  expect.soft(findings, `axe on ${screen}:\n  ${summary}`).toEqual([]);
}
