// One regulation profile, read-only: its legal basis, rounds, time limits, reminders, fields and
// signers, in the terms of the plan it came from.
import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { RegulationProfile } from '@doithoai/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { dayOfYear } from './profile-format';
import { profileText } from './profile-text';

function Row({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Th fw={400} w="55%">
        {label}
      </Table.Th>
      <Table.Td fw={600} data-testid={testId}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}

export function ProfileView({ profile: p }: { profile: RegulationProfile }) {
  const { lang } = useI18n();
  const tp = profileText(lang);
  return (
    <Stack>
      <Card withBorder>
        <Title order={5} mb="xs">
          {tp.legalBasis}
        </Title>
        <List size="sm" spacing={4}>
          {p.legalBasis.map((b) => (
            <List.Item key={b}>{b}</List.Item>
          ))}
        </List>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={5} mb="xs">
            {tp.rounds}
          </Title>
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {p.rounds.map((r) => (
                <Row
                  key={r.round}
                  label={`${tp.round(r.round)} — ${tp.heldBy}`}
                  value={dayOfYear(r.heldBy)}
                  testId={`round-${r.round}`}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={5} mb="xs">
            {tp.deadlines}
          </Title>
          <Table verticalSpacing={4}>
            <Table.Tbody>
              <Row
                label={tp.noticeLeadDays}
                value={tp.days(p.noticeLeadDays)}
                testId="noticeLeadDays"
              />
              <Row
                label={tp.conclusionNoticeDays}
                value={tp.days(p.conclusionNoticeDays)}
                testId="conclusionNoticeDays"
              />
              <Row
                label={tp.writtenAnswerWorkingDays}
                value={tp.workingDays(p.writtenAnswerWorkingDays)}
                testId="writtenAnswerWorkingDays"
              />
              <Row
                label={tp.acknowledgementWorkingDays}
                value={tp.workingDays(p.acknowledgementWorkingDays)}
                testId="acknowledgementWorkingDays"
              />
            </Table.Tbody>
          </Table>
          <Title order={6} mt="sm" mb={4}>
            {tp.reminders}
          </Title>
          <Table verticalSpacing={4}>
            <Table.Tbody>
              <Row
                label={tp.dueSoonWorkingDays}
                value={tp.workingDays(p.reminders.dueSoonWorkingDays)}
                testId="dueSoonWorkingDays"
              />
              <Row
                label={tp.veryOverdueWorkingDays}
                value={tp.workingDays(p.reminders.veryOverdueWorkingDays)}
                testId="veryOverdueWorkingDays"
              />
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={5} mb="xs">
          {tp.signers}
        </Title>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tp.document}</Table.Th>
              <Table.Th>{tp.signer}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(p.signers).map(
              ([kind, s]) =>
                s && (
                  <Table.Tr key={kind}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {kind}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">
                          {s.signingFor} — {s.title}
                        </Text>
                        <Badge
                          size="xs"
                          variant="light"
                          color={s.authority === 'party' ? 'red' : 'blue'}
                          tt="none"
                        >
                          {tp.authority[s.authority]}
                        </Badge>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ),
            )}
          </Table.Tbody>
        </Table>
        <Text size="sm" mt="xs">
          {tp.approver}: <b>{p.answerApprover.title}</b>
        </Text>
      </Card>
      <Card withBorder>
        <Title order={5} mb="xs">
          {tp.fieldList}
        </Title>
        <Group gap={6}>
          {p.fields.map((f) => (
            <Badge key={f.code} variant="outline" color="gray" tt="none" title={f.code}>
              {f.name}
            </Badge>
          ))}
        </Group>
      </Card>
    </Stack>
  );
}
