// Test helpers: open a .docx with jszip and look at its WordprocessingML by text, so tests can ask
// "how is the run that says X formatted?" without an XML library.

import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  headers: string[];
}

export async function openDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the docx`);
    return file.async('string');
  };
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    headers: await Promise.all(headerNames.map(read)),
  };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every paragraph's XML. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >](?:(?!<\/w:p>)[\s\S])*<\/w:p>/g)].map((m) => m[0]);
}

/** The text of a fragment, its runs joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => unescapeXml(m[1] ?? ''))
    .join('');
}

/** The first paragraph whose text is exactly (or, with contains, includes) the given text. */
export function paragraphWith(xml: string, text: string, contains = false): string {
  const found = paragraphs(xml).find((p) =>
    contains ? textOf(p).includes(text) : textOf(p) === text,
  );
  if (!found) throw new Error(`no paragraph with text ${JSON.stringify(text)}`);
  return found;
}

/** The run properties (<w:rPr>) of the run whose text is exactly the given text. */
export function runPropsOf(xml: string, text: string): string {
  for (const m of xml.matchAll(/<w:r>((?:(?!<\/w:r>)[\s\S])*)<\/w:r>/g)) {
    const run = m[1] ?? '';
    if (textOf(run) === text) return /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '';
  }
  throw new Error(`no run with text ${JSON.stringify(text)}`);
}

/** The whole document's text in reading order, paragraphs separated by newlines. */
export function documentText(xml: string): string {
  return paragraphs(xml).map(textOf).join('\n');
}

/** Reads an attribute such as w:val from the first element of a given name. */
export function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<${element}(?: [^>]*)?/?>`).exec(xml)?.[0];
  if (!el) return undefined;
  return new RegExp(`${name}="([^"]*)"`).exec(el)?.[1];
}
