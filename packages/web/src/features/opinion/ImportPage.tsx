// Import a compiled list: choose the source (its template can be downloaded), upload an .xlsx or
// .csv, see every bad row and why, fix them in place if you like, then import the good rows or
// all-or-nothing. Uploads show a progress bar (large lists are megabytes).
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Progress,
  Select,
  Stack,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  importColumns,
  type ImportColumn,
  type ImportOutcome,
  type ImportPreview,
  type OpinionSource,
  type RawImportRow,
} from '@doithoai/core';
import { useState } from 'react';
import { ApiError } from '../../api';
import { currentLang, useI18n } from '../../i18n';
import type { PageProps } from '../../app/page-props';
import { sourceOptions } from './labels';
import { opinionText } from './opinion-text';
import { useNarrow } from '../../components/use-narrow';

/** XMLHttpRequest rather than fetch: it reports upload progress. */
function send<T>(
  method: string,
  url: string,
  body: Blob | string,
  type: string,
  onProgress: (p: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('content-type', type);
    xhr.setRequestHeader('accept-language', currentLang());
    xhr.upload.onprogress = (e) =>
      e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      const data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else
        reject(
          new ApiError(
            xhr.status,
            data?.error?.code ?? 'INTERNAL',
            data?.error?.message ?? xhr.statusText,
            data?.error?.fields ?? [],
          ),
        );
    };
    xhr.onerror = () => reject(new ApiError(0, 'UNAVAILABLE', 'network error', []));
    xhr.send(body);
  });
}

/**
 * The cells a bad row offers to fix in place: its content (to know which row it is) and every
 * column with a problem, each under the column's name in the file (the template's header).
 */
const fixable = (issues: { field: string }[]): ImportColumn[] => [
  'content',
  ...importColumns
    .map((c) => c.key)
    .filter((k) => k !== 'content' && issues.some((i) => i.field === k)),
];
const header = (key: ImportColumn) => importColumns.find((c) => c.key === key)!.header;

export function ImportPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const to = opinionText(lang);
  const narrow = useNarrow();
  const [source, setSource] = useState<OpinionSource>('mttq');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setResult(null);
    setProgress(0);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };
  const upload = (f: File) =>
    run(async () => {
      setPreview(
        await send<ImportPreview>(
          'POST',
          `/api/units/${unitId}/opinions/import/preview?source=${source}`,
          f,
          'application/octet-stream',
          setProgress,
        ),
      );
    });
  const recheck = (rows: RawImportRow[]) =>
    run(async () => {
      const body = JSON.stringify({ source, mode: 'check', rows, firstRow: preview!.firstRow });
      const r = await send<ImportOutcome>(
        'POST',
        `/api/units/${unitId}/opinions/import`,
        body,
        'application/json',
        setProgress,
      );
      setPreview({ ...preview!, rows, bad: r.bad, good: rows.length - r.bad.length });
    });
  const commit = (mode: 'good-only' | 'all-or-nothing') =>
    run(async () => {
      const body = JSON.stringify({
        source,
        mode,
        rows: preview!.rows,
        firstRow: preview!.firstRow,
      });
      const r = await send<ImportOutcome>(
        'POST',
        `/api/units/${unitId}/opinions/import`,
        body,
        'application/json',
        setProgress,
      );
      setResult(to.imported(r.imported, r.skipped));
      if (r.imported > 0) setPreview(null);
    });
  const setCell = (index: number, key: keyof RawImportRow, value: string) => {
    const rows = preview!.rows.map((r, i) => (i === index ? { ...r, [key]: value } : r));
    setPreview({ ...preview!, rows });
  };

  return (
    <Stack>
      <Title order={2}>{to.importNav}</Title>
      <Group align="flex-end">
        <Select
          label={to.source}
          data={sourceOptions(lang)}
          value={source}
          onChange={(v) => v && setSource(v as OpinionSource)}
          allowDeselect={false}
        />
        <Anchor href={`/api/opinions/template?source=${source}&format=xlsx`}>
          {to.template} (.xlsx)
        </Anchor>
        <Anchor href={`/api/opinions/template?source=${source}&format=csv`}>
          {to.template} (.csv)
        </Anchor>
      </Group>
      <FileInput
        label={to.chooseFile}
        accept=".xlsx,.csv,text/csv"
        value={file}
        onChange={(f) => {
          setFile(f);
          setPreview(null);
          if (f) void upload(f);
        }}
        clearable
      />
      {progress !== null && <Progress value={progress} animated aria-label="progress" />}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {result && (
        <Alert color="green" role="status">
          {result}
        </Alert>
      )}
      {preview && (
        <Card withBorder>
          <Group mb="sm">
            <Text fw={600} c="green">
              {to.goodRows(preview.good)}
            </Text>
            <Text fw={600} c={preview.bad.length ? 'red' : 'dimmed'}>
              {to.badRows(preview.bad.length)}
            </Text>
          </Group>
          {/* One block per bad row, on a laptop as on a phone: a table's fixed columns squeezed
              the inputs there and left out the columns at fault that were not among them. */}
          {preview.bad.length > 0 && (
            <Stack gap="sm">
              {preview.bad.map((b) => {
                const index = b.row - preview.firstRow;
                const row = preview.rows[index]!;
                return (
                  <Card key={b.row} withBorder padding="sm" data-testid="bad-row">
                    <Text fw={600} size="sm">
                      {to.row} {b.row}
                    </Text>
                    {b.issues.map((i) => (
                      <Text key={i.field} size="sm" c="red">
                        {i.message}
                      </Text>
                    ))}
                    <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                      {fixable(b.issues).map((k) => (
                        <TextInput
                          key={k}
                          size="sm"
                          label={header(k)}
                          aria-label={`${to.row} ${b.row} · ${header(k)}`}
                          value={row[k]}
                          error={b.issues.some((i) => i.field === k)}
                          onChange={(e) => setCell(index, k, e.currentTarget.value)}
                        />
                      ))}
                    </SimpleGrid>
                  </Card>
                );
              })}
            </Stack>
          )}
          {/* On a phone each button takes the width: side by side the longest was cut off. */}
          <Group mt="sm" justify="flex-end">
            {preview.bad.length > 0 && (
              <Button variant="default" fullWidth={narrow} onClick={() => recheck(preview.rows)}>
                {to.recheck}
              </Button>
            )}
            <Button
              variant="light"
              fullWidth={narrow}
              // Its words wrap rather than be cut off on a phone.
              h="auto"
              mih={36}
              py={6}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.35 } }}
              onClick={() => commit('all-or-nothing')}
            >
              {to.importAll}
            </Button>
            <Button
              fullWidth={narrow}
              onClick={() => commit('good-only')}
              disabled={preview.good === 0}
            >
              {to.importGood}
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}
