// Test helpers: find command-line tools (pdftotext, pdfinfo, pdftoppm) and run them on a PDF.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** Runs fn with the PDF written to a temporary directory, removed afterwards. */
export function withPdfFile<T>(pdf: Buffer, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'doithoai-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, pdf);
    return fn(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): string {
  return withPdfFile(pdf, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
}

export interface PdfInfo {
  pages: number;
  widthPt: number;
  heightPt: number;
}

export function pdfInfo(pdf: Buffer): PdfInfo {
  const out = withPdfFile(pdf, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]) };
}

/** Text of one page (1-based). */
export function pdfPageText(pdf: Buffer, page: number): string {
  return withPdfFile(pdf, (path) =>
    execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'],
      { encoding: 'utf8' },
    ),
  );
}
