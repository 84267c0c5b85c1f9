// Who reads documents: a signed-in actor (their grants decide, as everywhere), or the deployment
// itself — the CLI, run by whoever administers the server, which sees every unit.
import { can, notFound, scopePrefixes, type Actor } from '@doithoai/core';

export const DEPLOYMENT = 'deployment' as const;
export type DocumentReader = Actor | typeof DEPLOYMENT;

export function readablePrefixes(reader: DocumentReader): string[] {
  return reader === DEPLOYMENT ? ['/'] : scopePrefixes(reader, 'document.read');
}

export function requireAccessOrDeployment(
  reader: DocumentReader,
  target: { unitPath: string } | undefined,
): asserts target {
  if (!target) throw notFound();
  if (reader !== DEPLOYMENT && !can(reader, 'document.read', target)) throw notFound();
}
