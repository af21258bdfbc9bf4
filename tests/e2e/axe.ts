// The accessibility audit every screen must pass: axe-core's serious and
// critical findings, each named by rule and element.
//
// Run in axe's single-frame ("legacy") mode. By default @axe-core/playwright
// audits each frame apart and then opens a new blank page in the browser to
// put the findings together; no page of the extension has a frame, so that
// page found nothing more and cost about 1 s of a 2-core machine's CPU per
// audit, twice what the audit itself costs.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
