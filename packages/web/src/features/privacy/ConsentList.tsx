// A person's consents in the access copy: each purpose with its wording, how and when given, and
// a withdrawal recorded with how it came (in person, by phone, in writing, through the portal).
import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { viDate } from '../../format/date';
import { privacyText } from './privacy-text';

export interface Consent {
  id: string;
  purpose: string;
  granted: boolean;
  wording: string | null;
  channel: string | null;
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawnHow: string | null;
}

const hows = ['in-person', 'phone', 'writing', 'portal'] as const;

export function ConsentList({
  consents,
  onWithdraw,
}: {
  consents: Consent[];
  onWithdraw: (id: string, how: string) => void;
}) {
  const { lang } = useI18n();
  const x = privacyText(lang);
  const [how, setHow] = useState<string>('in-person');
  if (consents.length === 0) return <Text size="sm">{x.noConsents}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{x.purpose}</Table.Th>
          <Table.Th>{x.given}</Table.Th>
          <Table.Th>{x.withdrawn}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {consents.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              {c.purpose}
              {c.wording && (
                <Text size="xs" c="dimmed">
                  “{c.wording}”
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge color={c.granted ? 'green' : 'gray'}>{c.granted ? x.yes : x.no}</Badge>{' '}
              {viDate(c.recordedAt)}
              {c.channel ? ` · ${x.hows[c.channel] ?? c.channel}` : ''}
            </Table.Td>
            <Table.Td>
              {c.withdrawnAt
                ? `${viDate(c.withdrawnAt)} · ${x.hows[c.withdrawnHow ?? ''] ?? c.withdrawnHow}`
                : c.granted && (
                    <Group gap={4}>
                      <Select
                        size="xs"
                        aria-label={x.withdrawHow}
                        data={hows.map((h) => ({ value: h, label: x.hows[h]! }))}
                        value={how}
                        onChange={(v) => setHow(v ?? 'in-person')}
                        allowDeselect={false}
                        w={140}
                      />
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        onClick={() => onWithdraw(c.id, how)}
                      >
                        {x.withdraw}
                      </Button>
                    </Group>
                  )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
