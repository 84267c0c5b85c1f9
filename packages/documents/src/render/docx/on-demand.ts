// renderDocx as the package exports it: the DOCX renderer and the `docx` library it drives
// (~1 MB of code) are loaded at the first document, not with the package, so a server that
// only starts, or only serves pages, does not pay for them (docs/PERFORMANCE.md, Start and footprint).
import type { OfficialDocument } from '../../model.js';

let renderer: Promise<typeof import('./render-docx.js')> | undefined;

export async function renderDocx(input: OfficialDocument): Promise<Buffer> {
  renderer ??= import('./render-docx.js');
  return (await renderer).renderDocx(input);
}
