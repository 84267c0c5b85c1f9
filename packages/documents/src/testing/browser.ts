// Test helper: whether PDF tests can run here, and a clear message when they cannot.

import { findChromium } from '../pdf.js';
import { hasCommand } from './tools.js';

export const browserPath = findChromium();
export const hasPoppler =
  hasCommand('pdftotext') && hasCommand('pdfinfo') && hasCommand('pdftoppm');
export const canRenderPdf = browserPath !== null && hasPoppler;

export function warnIfSkipped(suite: string): void {
  if (canRenderPdf) return;
  const missing = [
    browserPath
      ? null
      : 'a Chromium-family browser (apt-get install chromium, or set CHROMIUM_PATH)',
    hasPoppler ? null : 'poppler-utils (pdftotext, pdfinfo, pdftoppm)',
  ].filter(Boolean);
  // CI installs both (.ci/run sets REQUIRE_BROWSER=1): there, a missing tool is a failure, not a skip.
  if (process.env.REQUIRE_BROWSER === '1')
    throw new Error(`[${suite}] REQUIRE_BROWSER=1 but missing: ${missing.join(' and ')}`);
  console.warn(`[${suite}] skipped: needs ${missing.join(' and ')}.`);
}
