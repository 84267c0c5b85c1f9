// Mergers and changes of parent at the chosen unit (issue 20): what was proposed and confirmed,
// with its legal basis and date; a proposal is saved first and changes nothing until confirmed
// (a second click), and can be undone until then. The server decides who may (administrators).
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  unitChangeKindNames,
  unitChangeStateNames,
  type UnitChange,
  type UnitChanges,
  type UnitTree,
} from '@doithoai/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../api';
import type { PageProps } from '../../app/page-props';
import { viDate } from '../../format/date';
import { useI18n } from '../../i18n';
import type { UnitTreeNode } from '../../types';
import { unitChangeText } from './unit-change-text';

type Node = UnitTreeNode & { validTo?: string | null };

function flatten(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children as Node[])]);
}

export function UnitChangesPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = unitChangeText(lang);
  const [tree, setTree] = useState<Node[]>([]);
  const [changes, setChanges] = useState<UnitChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sure, setSure] = useState<string | null>(null);

  const load = useCallback(() => {
    api<UnitTree>('GET', '/api/units/tree')
      .then((r) => setTree(r.units))
      .catch(() => undefined);
    api<UnitChanges>('GET', `/api/units/${unitId}/changes`)
      .then((r) => setChanges(r.changes))
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [unitId]);
  useEffect(load, [load]);

  const all = useMemo(() => flatten(tree), [tree]);
  const name = (id: unknown) => all.find((u) => u.id === id)?.name ?? String(id);
  const here = all.find((u) => u.id === unitId);
  // Where the units to merge or move stand: the chosen unit or a province/district under it.
  const levels = useMemo(
    () =>
      (here ? flatten([here]) : []).filter(
        (u) => !u.validTo && (u.kind === 'tinh' || u.kind === 'huyen'),
      ),
    [here],
  );
  const [parentId, setParentId] = useState<string | null>(null);
  const parent = levels.find((u) => u.id === parentId) ?? levels[0];
  const below = (parent?.children ?? []) as Node[];
  const current = below.filter((u) => !u.validTo);

  const act = async (c: UnitChange, what: 'confirm' | 'undo') => {
    if (what === 'confirm' && sure !== c.id) {
      setSure(c.id);
      return;
    }
    setError(null);
    try {
      await api(
        'POST',
        `/api/units/${c.unitId}/changes/${c.id}/${what}`,
        what === 'undo' ? {} : undefined,
      );
      setNotice(what === 'confirm' ? x.confirmed : x.undone);
      setSure(null);
      load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const what = (c: UnitChange) => {
    const p = c.proposal as {
      predecessorIds?: string[];
      successor?: { name: string };
      unitIds?: string[];
      toParentId?: string;
    };
    return c.kind === 'merger'
      ? x.mergerOf((p.predecessorIds ?? []).map(name).join(', '), p.successor?.name ?? '')
      : x.moveOf((p.unitIds ?? []).map(name).join(', '), name(p.toParentId));
  };

  const stateBadge = (c: UnitChange) => (
    <Badge
      variant="light"
      color={c.state === 'confirmed' ? 'green' : c.state === 'undone' ? 'gray' : 'orange'}
      tt="none"
      h="auto"
      styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3, paddingBlock: 2 } }}
    >
      {unitChangeStateNames[c.state][lang]}
    </Badge>
  );
  const actions = (c: UnitChange) =>
    c.state === 'proposed' && (
      <Group gap={6} wrap="nowrap">
        <Button
          size="compact-sm"
          color={sure === c.id ? 'red' : undefined}
          onClick={() => void act(c, 'confirm')}
        >
          {sure === c.id ? x.confirmSure : x.confirm}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => void act(c, 'undo')}>
          {x.undo}
        </Button>
      </Group>
    );

  return (
    <Stack maw={1100}>
      <Title order={2}>{x.title}</Title>
      <Text size="sm" c="dimmed">
        {x.intro}
      </Text>
      {error && (
        <Alert color="red" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <Card withBorder>
        <Title order={4} mb="xs">
          {x.changes}
        </Title>
        {changes && changes.length === 0 && <Text size="sm">{x.none}</Text>}
        {changes && changes.length > 0 && (
          <>
            <Table striped data-testid="unit-changes" visibleFrom="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{x.kind}</Table.Th>
                  <Table.Th>{x.what}</Table.Th>
                  <Table.Th>{x.effective}</Table.Th>
                  <Table.Th>{x.basis}</Table.Th>
                  <Table.Th>{x.state}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{unitChangeKindNames[c.kind][lang]}</Table.Td>
                    <Table.Td>{what(c)}</Table.Td>
                    <Table.Td>{viDate(c.effectiveOn)}</Table.Td>
                    <Table.Td>{c.legalBasis}</Table.Td>
                    <Table.Td>{stateBadge(c)}</Table.Td>
                    <Table.Td>{actions(c)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {/* On a phone, one card per change: nothing to scroll sideways. */}
            <Stack hiddenFrom="sm" gap="xs">
              {changes.map((c) => (
                <Card key={c.id} withBorder padding="xs" data-testid="unit-change-card">
                  <Text fw={600} size="sm">
                    {unitChangeKindNames[c.kind][lang]} · {viDate(c.effectiveOn)}
                  </Text>
                  <Text size="sm">{what(c)}</Text>
                  <Text size="xs" c="dimmed">
                    {x.basis}: {c.legalBasis}
                  </Text>
                  <Group mt={6} gap={6}>
                    {stateBadge(c)}
                    {actions(c)}
                  </Group>
                </Card>
              ))}
            </Stack>
          </>
        )}
      </Card>
      {levels.length > 1 && (
        <Select
          label={x.level}
          data={levels.map((u) => ({ value: u.id, label: u.name }))}
          value={parent?.id ?? null}
          onChange={setParentId}
          allowDeselect={false}
          maw={360}
        />
      )}
      {parent && current.length >= 2 && (
        <MergerForm
          unitId={parent.id}
          units={current}
          onSaved={() => {
            setNotice(x.proposed);
            load();
          }}
          onError={setError}
        />
      )}
      {parent && current.length >= 1 && (
        <MoveForm
          unitId={parent.id}
          units={current}
          parents={all.filter(
            (u) => !u.validTo && (u.kind === 'tinh' || u.kind === 'huyen') && u.id !== parent.id,
          )}
          onSaved={() => {
            setNotice(x.proposed);
            load();
          }}
          onError={setError}
        />
      )}
      {below.some((u) => u.validTo) && (
        <Text size="sm" c="dimmed">
          {below
            .filter((u) => u.validTo)
            .map((u) => `${u.name}: ${x.ended(viDate(u.validTo))}`)
            .join(' · ')}
        </Text>
      )}
    </Stack>
  );
}

interface FormProps {
  unitId: string;
  units: Node[];
  onSaved(): void;
  onError(message: string): void;
}

function Common({
  effectiveOn,
  setEffectiveOn,
  legalBasis,
  setLegalBasis,
}: {
  effectiveOn: string;
  setEffectiveOn(v: string): void;
  legalBasis: string;
  setLegalBasis(v: string): void;
}) {
  const { lang } = useI18n();
  const x = unitChangeText(lang);
  return (
    <Group grow align="flex-start" wrap="wrap">
      <TextInput
        type="date"
        required
        label={x.effectiveOn}
        value={effectiveOn}
        onChange={(e) => setEffectiveOn(e.currentTarget.value)}
        miw={180}
      />
      <TextInput
        required
        label={x.legalBasis}
        description={x.legalBasisHint}
        value={legalBasis}
        onChange={(e) => setLegalBasis(e.currentTarget.value)}
        miw={240}
      />
    </Group>
  );
}

const send = async (
  unitId: string,
  body: unknown,
  onSaved: () => void,
  onError: (m: string) => void,
) => {
  try {
    await api('POST', `/api/units/${unitId}/changes`, body);
    onSaved();
    return true;
  } catch (e) {
    onError(e instanceof ApiError ? e.message : String(e));
    return false;
  }
};

function MergerForm({ unitId, units, onSaved, onError }: FormProps) {
  const { lang } = useI18n();
  const x = unitChangeText(lang);
  const [picked, setPicked] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const kind = units.find((u) => u.id === picked[0])?.kind ?? 'xa';
  return (
    <Card
      withBorder
      component="form"
      aria-label={x.proposeMerger}
      onSubmit={(e) => {
        e.preventDefault();
        // A refused form keeps what was typed.
        void send(
          unitId,
          {
            kind: 'merger',
            effectiveOn,
            legalBasis,
            predecessorIds: picked,
            parentId: unitId,
            successor: { name, code, kind },
          },
          () => {
            setPicked([]);
            setName('');
            setCode('');
            onSaved();
          },
          onError,
        );
      }}
    >
      <Title order={4} mb="xs">
        {x.proposeMerger}
      </Title>
      <Checkbox.Group label={x.predecessors} value={picked} onChange={setPicked}>
        <Group mt={6} gap="md">
          {units.map((u) => (
            <Checkbox key={u.id} value={u.id} label={u.name} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group grow align="flex-start" wrap="wrap" mt="sm">
        <TextInput
          required
          label={x.successorName}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          miw={220}
        />
        <TextInput
          required
          label={x.successorCode}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          miw={140}
        />
      </Group>
      <Common
        effectiveOn={effectiveOn}
        setEffectiveOn={setEffectiveOn}
        legalBasis={legalBasis}
        setLegalBasis={setLegalBasis}
      />
      <Button type="submit" mt="sm" disabled={picked.length < 2}>
        {x.propose}
      </Button>
    </Card>
  );
}

function MoveForm({ unitId, units, parents, onSaved, onError }: FormProps & { parents: Node[] }) {
  const { lang } = useI18n();
  const x = unitChangeText(lang);
  const [picked, setPicked] = useState<string[]>([]);
  const [to, setTo] = useState<string | null>(null);
  const [retire, setRetire] = useState(false);
  const [effectiveOn, setEffectiveOn] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  return (
    <Card
      withBorder
      component="form"
      aria-label={x.proposeMove}
      onSubmit={(e) => {
        e.preventDefault();
        void send(
          unitId,
          {
            kind: 'parent-change',
            effectiveOn,
            legalBasis,
            unitIds: picked,
            toParentId: to,
            retireFormerParent: retire,
          },
          () => {
            setPicked([]);
            onSaved();
          },
          onError,
        );
      }}
    >
      <Title order={4} mb="xs">
        {x.proposeMove}
      </Title>
      <Checkbox.Group label={x.unitsToMove} value={picked} onChange={setPicked}>
        <Group mt={6} gap="md">
          {units.map((u) => (
            <Checkbox key={u.id} value={u.id} label={u.name} />
          ))}
        </Group>
      </Checkbox.Group>
      <Select
        mt="sm"
        required
        label={x.toParent}
        data={parents.map((p) => ({ value: p.id, label: p.name }))}
        value={to}
        onChange={setTo}
        maw={360}
      />
      <Common
        effectiveOn={effectiveOn}
        setEffectiveOn={setEffectiveOn}
        legalBasis={legalBasis}
        setLegalBasis={setLegalBasis}
      />
      <Checkbox
        mt="sm"
        label={x.retire}
        checked={retire}
        onChange={(e) => setRetire(e.currentTarget.checked)}
      />
      <Button type="submit" mt="sm" disabled={picked.length < 1 || !to}>
        {x.propose}
      </Button>
    </Card>
  );
}
