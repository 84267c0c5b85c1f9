// The list of matters with one search box (accents and đ optional) and filters; a row opens
// the matter: everyone who raised it, its history, and the merges to undo.
import { Badge, Button, Drawer, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { matterStateNames, opinionSourceNames, type MatterState, type MatterSummary } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import type { PageProps } from '../../app/pages';
import { fieldName, fieldOptions, sourceOptions, stateOptions } from './labels';
import { useCommune } from './useCommune';

interface Detail extends MatterSummary {
  raisings: { id: string; fullName: string | null; villageName: string | null; phone: string | null; source: string; receivedOn: string; matterId: string }[];
  history: { from: string | null; to: string; at: string; reason: string | null }[];
  absorbed: { id: string; content: string }[];
  can: string[];
}

export function OpinionListPage({ unitId }: PageProps) {
  const { t, lang } = useI18n();
  const { villages } = useCommune(unitId);
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Record<string, string | null>>({ field: null, source: null, state: null, villageId: null });
  const [items, setItems] = useState<MatterSummary[] | null>(null);
  const [open, setOpen] = useState<Detail | null>(null);

  const load = useCallback(() => {
    const params = new URLSearchParams({ limit: '100' });
    if (q.trim()) params.set('q', q.trim());
    for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
    api<{ items: MatterSummary[] }>('GET', `/api/units/${unitId}/opinions?${params}`).then((r) => setItems(r.items)).catch(() => setItems([]));
  }, [unitId, q, filters]);
  useEffect(() => { const timer = setTimeout(load, 200); return () => clearTimeout(timer); }, [load]);

  const show = (id: string) => api<Detail>('GET', `/api/opinions/${id}`).then(setOpen);
  const unmerge = async (id: string) => { await api('POST', `/api/opinions/${id}/unmerge`); if (open) await show(open.id); load(); };
  const set = (k: string) => (v: string | null) => setFilters({ ...filters, [k]: v });

  return (
    <Stack>
      <Title order={2}>{t.opinion.nav}</Title>
      <TextInput placeholder={t.opinion.search} aria-label={t.opinion.search} value={q} onChange={(e) => setQ(e.currentTarget.value)} autoFocus />
      <Group grow>
        <Select placeholder={t.opinion.field} aria-label={t.opinion.field} data={fieldOptions(lang)} value={filters.field ?? null} onChange={set('field')} clearable />
        <Select placeholder={t.opinion.source} aria-label={t.opinion.source} data={sourceOptions(lang)} value={filters.source ?? null} onChange={set('source')} clearable />
        <Select placeholder={t.opinion.village} aria-label={t.opinion.village} data={villages} value={filters.villageId ?? null} onChange={set('villageId')} clearable />
        <Select placeholder={t.opinion.state} aria-label={t.opinion.state} data={stateOptions(lang)} value={filters.state ?? null} onChange={set('state')} clearable />
      </Group>
      {!items ? <Loader /> : items.length === 0 ? <Text c="dimmed">{t.opinion.none}</Text> : (
        <Table striped highlightOnHover>
          <Table.Thead><Table.Tr><Table.Th>{t.opinion.content}</Table.Th><Table.Th>{t.opinion.village}</Table.Th><Table.Th>{t.opinion.field}</Table.Th><Table.Th>{t.opinion.state}</Table.Th><Table.Th>{t.opinion.assignee}</Table.Th><Table.Th>{t.opinion.petitioners}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id} data-testid="opinion-row" onClick={() => show(m.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>{m.content}</Table.Td>
                <Table.Td>{m.villageName}</Table.Td>
                <Table.Td>{fieldName(m.field, lang)}</Table.Td>
                <Table.Td><Badge variant="light">{matterStateNames[m.state][lang]}</Badge></Table.Td>
                <Table.Td>{m.assigneeName}</Table.Td>
                <Table.Td>{m.petitionerCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Drawer opened={!!open} onClose={() => setOpen(null)} position="right" size="lg" title={open ? fieldName(open.field, lang) : ''}>
        {open && (
          <Stack>
            <Text>{open.content}</Text>
            <Text size="sm" c="dimmed">{matterStateNames[open.state][lang]} · {open.assigneeName ?? '—'}</Text>
            <Title order={5}>{t.opinion.raisedBy} ({open.petitionerCount})</Title>
            {open.raisings.map((r) => (
              <Group key={r.id} justify="space-between">
                <Text size="sm">{r.fullName ?? '—'} {r.villageName ? `(${r.villageName})` : ''} {r.phone ?? ''} · {opinionSourceNames[r.source as keyof typeof opinionSourceNames]?.[lang]}</Text>
                {r.matterId !== open.id && open.can.includes('opinion.update') && <Button size="compact-xs" variant="light" onClick={() => unmerge(r.matterId)}>{t.opinion.unmerge}</Button>}
              </Group>
            ))}
            <Title order={5}>{t.opinion.history}</Title>
            {open.history.map((h, i) => (
              <Text key={i} size="sm">{h.at.slice(0, 16).replace('T', ' ')} — {matterStateNames[h.to as MatterState]?.[lang] ?? h.to}{h.reason ? `: ${h.reason}` : ''}</Text>
            ))}
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}
