// The documents page (/van-ban): issued documents from the register (number, kind, title, date)
// and the drafts that can be rendered, filtered by kind; the chosen one previewed beside the list
// with its DOCX and PDF downloads.
import { Alert, Card, Grid, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { documentKindInfo, documentKinds, type DocumentKind } from '@doithoai/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { fetchDocuments, type DocumentListItem } from './document-api';
import { DocumentPreview } from './DocumentPreview';
import { documentText } from './document-text';
import { useNarrow } from '../../components/use-narrow';

/** '2026-02-15' → '15/02/2026'. */
const shortDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function DocumentsPage() {
  const { lang } = useI18n();
  const td = documentText(lang);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [documents, setDocuments] = useState<DocumentListItem[] | null>(null);
  const [selected, setSelected] = useState<{ kind: DocumentKind; id: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // On a phone the kind goes under the title (four columns left the title a word a line), and the
  // preview, below the list, is scrolled into view when a document is chosen.
  const narrow = useNarrow();
  const previewRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (narrow && selected) previewRef.current?.scrollIntoView({ behavior: 'smooth' });
  }, [narrow, selected]);

  useEffect(() => {
    let live = true;
    setError(null);
    fetchDocuments({ kind: kind ?? undefined })
      .then((d) => live && setDocuments(d.documents))
      .catch((e) => live && setError(e instanceof ApiError ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [kind]);

  const current =
    selected && documents?.find((d) => d.kind === selected.kind && d.id === selected.id);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{td.title}</Title>
        <Select
          aria-label={td.filterKind}
          placeholder={td.allKinds}
          data={documentKinds.map((k) => ({ value: k, label: documentKindInfo[k][lang] }))}
          value={kind}
          onChange={(v) => setKind(v as DocumentKind | null)}
          clearable
          w={260}
        />
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!documents && !error && <Loader />}
      {documents && (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Card withBorder p={0}>
              {documents.length === 0 ? (
                <Text p="md" c="dimmed">
                  {td.none}
                </Text>
              ) : (
                <Table highlightOnHover data-testid="document-register">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{td.number}</Table.Th>
                      {!narrow && <Table.Th>{td.kind}</Table.Th>}
                      <Table.Th>{td.docTitle}</Table.Th>
                      <Table.Th>{td.date}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {documents.map((d) => {
                      const active = selected?.kind === d.kind && selected.id === d.id;
                      return (
                        <Table.Tr
                          key={`${d.kind}:${d.id}`}
                          onClick={() => setSelected({ kind: d.kind, id: d.id })}
                          bg={active ? 'var(--mantine-color-blue-light)' : undefined}
                          style={{ cursor: 'pointer' }}
                          aria-selected={active}
                        >
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {d.numberText ?? (
                              <Text span c="dimmed" size="sm">
                                {td.draft}
                              </Text>
                            )}
                          </Table.Td>
                          {!narrow && <Table.Td>{documentKindInfo[d.kind][lang]}</Table.Td>}
                          <Table.Td>
                            {narrow && (
                              <Text size="xs" c="dimmed">
                                {documentKindInfo[d.kind][lang]}
                              </Text>
                            )}
                            {d.title}
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {d.issuedOn ? shortDate(d.issuedOn) : ''}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }} ref={previewRef}>
            {current ? (
              <DocumentPreview kind={current.kind} id={current.id} />
            ) : (
              <Text c="dimmed">{td.choose}</Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
