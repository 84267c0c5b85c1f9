// The unit tree with its organisations and people; editable where the server says we may
// (each node carries `can`, so the UI never re-implements a rule).
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Modal,
  NavLink,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  DEFAULT_FIELDS,
  organisationKindNames,
  unitKindNames,
  type Organisation,
  type Person,
  type UnitTree,
} from '@doithoai/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import type { UnitTreeNode } from '../../types';
import { OrganisationForm } from './OrganisationForm';
import { PersonForm } from './PersonForm';

function findNode(nodes: UnitTreeNode[], id: string): UnitTreeNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inner = findNode(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}

function TreeNav({
  nodes,
  selected,
  onSelect,
}: {
  nodes: UnitTreeNode[];
  selected: string;
  onSelect(id: string): void;
}) {
  const { lang } = useI18n();
  return (
    <>
      {nodes.map((n) => (
        <NavLink
          key={n.id}
          label={n.name}
          description={unitKindNames[n.kind][lang]}
          active={n.id === selected}
          defaultOpened={n.depth < 3}
          onClick={() => onSelect(n.id)}
          childrenOffset={16}
        >
          {n.children.length > 0 ? (
            <TreeNav nodes={n.children} selected={selected} onSelect={onSelect} />
          ) : undefined}
        </NavLink>
      ))}
    </>
  );
}

type Editing = { kind: 'org'; org?: Organisation } | { kind: 'person'; person?: Person } | null;

export function UnitsPage({ unitId: rootUnitId }: { unitId: string }) {
  const { t, lang } = useI18n();
  const [tree, setTree] = useState<UnitTreeNode[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(rootUnitId);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    api<UnitTree>('GET', '/api/units/tree')
      .then((r) => setTree(r.units))
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, []);
  useEffect(load, [load]);
  useEffect(() => setSelected(rootUnitId), [rootUnitId]);

  const roots = useMemo(() => {
    if (!tree) return [];
    const root = findNode(tree, rootUnitId);
    return root ? [root] : tree;
  }, [tree, rootUnitId]);
  const unit = tree ? (findNode(tree, selected) ?? roots[0]) : undefined;

  if (error) return <Alert color="red">{error}</Alert>;
  if (!tree) return <Loader aria-label={t.loading} />;
  if (!unit) return <Text>{t.noUnits}</Text>;

  const canEditOrg = unit.can.includes('organisation.update');
  const done = () => {
    setEditing(null);
    setNotice(t.saved);
    load();
  };

  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder padding="xs">
          <Title order={5} mb="xs">
            {t.units}
          </Title>
          <TreeNav
            nodes={roots}
            selected={unit.id}
            onSelect={(id) => {
              setSelected(id);
              setNotice(null);
            }}
          />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>
          <Group justify="space-between">
            <div>
              <Title order={2}>{unit.name}</Title>
              <Text c="dimmed" size="sm">
                {unitKindNames[unit.kind][lang]} · {t.code}: {unit.code}
              </Text>
            </div>
            {!canEditOrg && <Badge color="gray">{t.readOnly}</Badge>}
          </Group>
          {notice && (
            <Alert color="green" withCloseButton onClose={() => setNotice(null)} role="status">
              {notice}
            </Alert>
          )}

          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t.organisations}</Title>
              {unit.can.includes('organisation.create') && (
                <Button size="xs" onClick={() => setEditing({ kind: 'org' })}>
                  {t.addOrganisation}
                </Button>
              )}
            </Group>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.name}</Table.Th>
                  <Table.Th>{t.kind}</Table.Th>
                  <Table.Th>{t.abbreviation}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {unit.organisations.map((o) => (
                  <Table.Tr key={o.id} data-testid="organisation-row">
                    <Table.Td>{o.name}</Table.Td>
                    <Table.Td>{organisationKindNames[o.kind][lang]}</Table.Td>
                    <Table.Td>{o.abbreviation}</Table.Td>
                    <Table.Td>
                      {canEditOrg && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          aria-label={`${t.edit} ${o.name}`}
                          onClick={() => setEditing({ kind: 'org', org: o })}
                        >
                          {t.edit}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>

          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t.people}</Title>
              {unit.can.includes('person.create') && (
                <Button size="xs" onClick={() => setEditing({ kind: 'person' })}>
                  {t.addPerson}
                </Button>
              )}
            </Group>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.fullName}</Table.Th>
                  <Table.Th>{t.position}</Table.Th>
                  <Table.Th>{t.fields}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {unit.people.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.fullName}</Table.Td>
                    <Table.Td>{p.position}</Table.Td>
                    <Table.Td>
                      {p.fields
                        .map((c) => DEFAULT_FIELDS.find((f) => f.code === c)?.name ?? c)
                        .join('; ')}
                    </Table.Td>
                    <Table.Td>
                      {unit.can.includes('person.update') && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => setEditing({ kind: 'person', person: p })}
                        >
                          {t.edit}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>

          {unit.children.length > 0 && (
            <Card withBorder>
              <Title order={4} mb="sm">
                {t.children}
              </Title>
              <Group gap="xs">
                {unit.children.map((c) => (
                  <Button key={c.id} variant="default" size="xs" onClick={() => setSelected(c.id)}>
                    {c.name}
                  </Button>
                ))}
              </Group>
            </Card>
          )}
        </Stack>
      </Grid.Col>

      <Modal
        opened={editing?.kind === 'org'}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'org' && editing.org ? t.editOrganisation : t.addOrganisation}
      >
        {editing?.kind === 'org' && (
          <OrganisationForm
            initial={editing.org}
            onCancel={() => setEditing(null)}
            onSubmit={async (v) => {
              const body = { kind: v.kind, name: v.name, abbreviation: v.abbreviation || null };
              if (editing.org)
                await api('PATCH', `/api/organisations/${editing.org.id}`, {
                  ...body,
                  version: editing.org.version,
                });
              else await api('POST', `/api/units/${unit.id}/organisations`, body);
              done();
            }}
          />
        )}
      </Modal>
      <Modal
        opened={editing?.kind === 'person'}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'person' && editing.person ? t.editPerson : t.addPerson}
      >
        {editing?.kind === 'person' && (
          <PersonForm
            initial={editing.person}
            onCancel={() => setEditing(null)}
            onSubmit={async (v) => {
              const body = {
                fullName: v.fullName,
                position: v.position,
                fields: v.fields,
                phone: v.phone || null,
              };
              if (editing.person)
                await api('PATCH', `/api/people/${editing.person.id}`, {
                  ...body,
                  version: editing.person.version,
                });
              else await api('POST', `/api/units/${unit.id}/people`, body);
              done();
            }}
          />
        )}
      </Modal>
    </Grid>
  );
}
