// The routing table of the commune (field × village, optional → official): everyone who handles
// opinions reads it; an administrator adds, changes (same field and village: replaced) and removes lines.
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { opinionFieldNames, opinionFields, type OpinionRouteList } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { fieldName } from './labels';
import { triageText } from './triage-text';
import { useCommune } from './useCommune';

export function RoutingTable({ unitId }: { unitId: string }) {
  const { lang } = useI18n();
  const x = triageText(lang);
  const { villages, people } = useCommune(unitId);
  const [data, setData] = useState<OpinionRouteList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [line, setLine] = useState<{
    field: string | null;
    villageId: string | null;
    personId: string | null;
  }>({ field: null, villageId: null, personId: null });
  const load = useCallback(() => {
    api<OpinionRouteList>('GET', `/api/units/${unitId}/opinion-routes`)
      .then(setData)
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [unitId]);
  useEffect(load, [load]);
  const act = (p: Promise<unknown>) => {
    setError(null);
    p.then(load).catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  };
  if (!data) return error ? <Alert color="red">{error}</Alert> : null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>{x.routing}</Title>
        <Text size="sm" c="dimmed">
          {x.routingHint}
          {data.canEdit ? '' : ` ${x.readOnly}`}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {data.routes.length === 0 ? (
          <Text c="dimmed">{x.none}</Text>
        ) : (
          <Table striped aria-label={x.routing}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{x.field}</Table.Th>
                <Table.Th>{x.village}</Table.Th>
                <Table.Th>{x.official}</Table.Th>
                {data.canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.routes.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{fieldName(r.field, lang)}</Table.Td>
                  <Table.Td>{r.villageName ?? x.wholeCommune}</Table.Td>
                  <Table.Td>{r.personName}</Table.Td>
                  {data.canEdit && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => act(api('DELETE', `/api/opinion-routes/${r.id}`))}
                      >
                        {x.remove}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {data.canEdit && (
          <Group align="end">
            <Select
              label={x.field}
              w={240}
              value={line.field}
              onChange={(v) => setLine({ ...line, field: v })}
              data={opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }))}
            />
            <Select
              label={x.village}
              w={220}
              clearable
              value={line.villageId}
              onChange={(v) => setLine({ ...line, villageId: v })}
              data={villages}
            />
            <Select
              label={x.official}
              w={300}
              searchable
              value={line.personId}
              onChange={(v) => setLine({ ...line, personId: v })}
              data={people}
            />
            <Button
              disabled={!line.field || !line.personId}
              onClick={() =>
                act(
                  api('PUT', `/api/units/${unitId}/opinion-routes`, {
                    field: line.field,
                    villageId: line.villageId,
                    personId: line.personId,
                  }),
                )
              }
            >
              {x.save}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
