// What other features may import from document/ (architecture.test.ts holds every import to it).
// A feature that has a document implements a DocumentSource (listed in sources/index.ts) and
// issues it through issueDocument.
export const publicFiles = [
  'document-access.ts', // DEPLOYMENT: the CLI reads documents as the deployment
  'document-file.ts',
  'document-source.ts', // the interface every feature's document source implements
  'document.repository.ts', // findIssuedDocument
  'issue-document.ts',
  'list-documents.ts',
  'render-document.ts',
] as const;
