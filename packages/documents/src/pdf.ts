// renderPdf / PdfRenderer: official documents as PDF, by printing renderHtml through a Chromium-family
// browser (playwright-core). The only module of this package that does IO. One PdfRenderer keeps one
// browser and one page for many documents (a launch costs ~1 s, a print ~0.1 s); close() ends it.

import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { OfficialDocument } from './model.js';
import { renderHtml } from './render/html/render-html.js';

export type PdfErrorCode = 'PDF_BROWSER_MISSING' | 'PDF_BROWSER_FAILED';

/** A PDF could not be produced; `code` is what the server maps to a response. */
export class PdfError extends Error {
  override readonly name = 'PdfError';
  constructor(
    readonly code: PdfErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MISSING_MESSAGE =
  'Cần trình duyệt Chromium để xuất PDF: apt-get install chromium, hoặc đặt CHROMIUM_PATH trỏ tới trình duyệt. ' +
  '/ PDF needs a Chromium-family browser (Chromium, Chrome, Edge): apt-get install chromium, or set CHROMIUM_PATH.';

/** Where Chromium-family browsers live, in the order we try them. */
export const BROWSER_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export const BROWSER_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser to use: CHROMIUM_PATH when set, else the first candidate that exists; null if none. */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) return exists(configured) ? configured : null;
  return BROWSER_CANDIDATES.find((path) => exists(path)) ?? null;
}

export interface PdfRendererOptions {
  /** A browser executable; found with findChromium() when absent. */
  executablePath?: string;
  /** Per-document limit for loading and printing, in ms. */
  timeoutMs?: number;
}

export class PdfRenderer {
  private browser: Browser | null = null;
  private page: Page | null = null;
  private starting: Promise<Page> | null = null;
  // One page prints one document at a time: calls queue behind each other.
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timeoutMs: number;

  constructor(private readonly options: PdfRendererOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Throws PdfError('PDF_BROWSER_MISSING') when no browser can be found. */
  static executablePath(options: PdfRendererOptions = {}): string {
    const path = options.executablePath ?? findChromium();
    if (!path || !existsSync(path)) throw new PdfError('PDF_BROWSER_MISSING', MISSING_MESSAGE);
    return path;
  }

  render(doc: OfficialDocument): Promise<Buffer> {
    return this.printHtml(renderHtml(doc));
  }

  /** Prints a page from renderHtml (or any standalone HTML) to PDF, A4 from its @page rule. */
  printHtml(html: string): Promise<Buffer> {
    const job = this.queue.then(async () => {
      const page = await this.ready();
      await page.setContent(html, { waitUntil: 'load', timeout: this.timeoutMs });
      // Wait for web fonts (Tinos may be a fallback) before printing. A string: this package has no DOM types.
      await page.evaluate('document.fonts.ready.then(() => true)');
      return page.pdf({ preferCSSPageSize: true, printBackground: true });
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.page = null;
    this.starting = null;
    if (browser) await browser.close();
  }

  private ready(): Promise<Page> {
    if (this.page && !this.page.isClosed() && this.browser?.isConnected())
      return Promise.resolve(this.page);
    if (!this.starting) {
      this.starting = this.launch().finally(() => {
        this.starting = null;
      });
    }
    return this.starting;
  }

  private async launch(): Promise<Page> {
    const executablePath = PdfRenderer.executablePath(this.options);
    await this.browser?.close().catch(() => undefined);
    try {
      // playwright-core takes ~0.7 s to load: only the first PDF pays for it, not every start.
      const { chromium } = await import('playwright-core');
      this.browser = await chromium.launch({
        executablePath,
        args: [...BROWSER_ARGS],
        timeout: this.timeoutMs,
      });
    } catch (error) {
      throw new PdfError(
        'PDF_BROWSER_FAILED',
        `Không khởi động được trình duyệt ${executablePath} để xuất PDF. / Could not start ${executablePath} to print PDF.`,
        { cause: error },
      );
    }
    this.page = await this.browser.newPage();
    return this.page;
  }
}

/**
 * One document as PDF. Pass a PdfRenderer to reuse its browser; without one, a browser is started
 * for this document and closed after it.
 */
export async function renderPdf(doc: OfficialDocument, renderer?: PdfRenderer): Promise<Buffer> {
  if (renderer) return renderer.render(doc);
  const own = new PdfRenderer();
  try {
    return await own.render(doc);
  } finally {
    await own.close();
  }
}
