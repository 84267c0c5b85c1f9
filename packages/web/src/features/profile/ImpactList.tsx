// The open items whose due dates a profile change would move, each with how the new date is
// computed, so the administrator sees what citizens were told and what they will be told.
import { Badge, Button, Popover, Table, Text } from '@mantine/core';
import type { DueChange } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { viDate } from '../calendar/calendar-days';
import { DeadlineExplanation } from '../calendar/DeadlineExplanation';
import { profileText } from './profile-text';

export function ImpactList({ impact }: { impact: DueChange[] }) {
  const { lang } = useI18n();
  const tp = profileText(lang);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} data-testid="impact-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tp.item}</Table.Th>
            <Table.Th>{tp.deadlineKind}</Table.Th>
            <Table.Th>{tp.countedFrom}</Table.Th>
            <Table.Th>{tp.currentDue}</Table.Th>
            <Table.Th>{tp.newDue}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {impact.map((c) => (
            <Table.Tr key={`${c.id}-${c.kind}`}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {c.id}
                </Text>
              </Table.Td>
              <Table.Td>{tp.deadlineKinds[c.kind]}</Table.Td>
              <Table.Td>{viDate(c.start)}</Table.Td>
              <Table.Td>
                {viDate(c.currentDue)}
                {c.manuallySet && (
                  <Badge ml={4} size="xs" color="gray" tt="none">
                    {tp.manuallySet}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Popover width={420} withArrow shadow="md">
                  <Popover.Target>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color={c.direction === 'earlier' ? 'red' : 'blue'}
                    >
                      {c.direction === 'earlier' ? '↑' : '↓'} {viDate(c.newDue)}
                    </Button>
                  </Popover.Target>
                  <Popover.Dropdown>
                    <DeadlineExplanation deadline={c.deadline} />
                  </Popover.Dropdown>
                </Popover>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
