// "Việc của tôi", the page after sign-in: for the unit chosen in the header, what is the caller's
// to do (each group a count that opens the list to act on, and its first lines, each opening its
// matter, session or commune), and the current round's stage as a stepper. Deadlines dd/mm/yyyy
// with the working days left or late.
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  Progress,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  roleNames,
  type MyWork,
  type MyWorkGroup as WorkGroup,
  type MyWorkItem as WorkItem,
  type RoundStage,
} from '@doithoai/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PageProps } from '../../app/page-props';
import { viDate } from '../../format/date';
import { useI18n } from '../../i18n';
import { fetchMyWork } from './home-api';
import { groupLink, itemLink } from './home-links';
import { homeText } from './home-text';

type Text = ReturnType<typeof homeText>;

function when(item: WorkItem, x: Text): { text: string; colour: string } | null {
  if (item.due === null || item.workingDays === null) return null;
  const d = viDate(item.due);
  if (item.workingDays < 0)
    return { text: `${x.due(d)} · ${x.daysLate(-item.workingDays)}`, colour: 'red' };
  if (item.workingDays === 0) return { text: `${x.due(d)} · ${x.dueToday}`, colour: 'orange' };
  return {
    text: `${x.due(d)} · ${x.daysLeft(item.workingDays)}`,
    colour: item.workingDays <= 2 ? 'yellow' : 'gray',
  };
}

function itemTitle(g: WorkGroup, item: WorkItem, x: Text): string {
  if (g.key === 'notices') return `${x.notice[item.detail ?? ''] ?? ''} (${x.roundN(item.title)})`;
  return item.title;
}

function itemDetail(g: WorkGroup, item: WorkItem, x: Text): string | null {
  switch (g.key) {
    case 'unclassified':
      return item.detail ? x.received(viDate(item.detail)) : null;
    case 'duplicates':
      return item.detail ? x.members(item.detail) : null;
    case 'late-communes':
      return item.detail ? x.overdueMatters(item.detail) : null;
    case 'my-answers':
      return item.detail ? (x.states[item.detail] ?? null) : null;
    case 'notices':
      return null;
    case 'unassigned-overdue':
      return x.noOfficial;
    default:
      return item.detail;
  }
}

function GroupCard({ group, roles, x }: { group: WorkGroup; roles: MyWork['roles']; x: Text }) {
  const urgent =
    group.count > 0 &&
    (group.key === 'overdue' ||
      group.key === 'unassigned-overdue' ||
      group.key === 'late-communes');
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`work-${group.key}`}
      style={urgent ? { borderLeft: '4px solid var(--mantine-color-red-7)' } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Anchor
          component={Link}
          to={groupLink(group.key, roles)}
          fw={700}
          c={urgent ? 'red.9' : 'dark.7'}
          data-testid={`work-${group.key}-link`}
        >
          {x.groups[group.key]}: {group.count}
        </Anchor>
      </Group>
      {group.count === 0 ? (
        <Text size="sm" c="gray.7" mt={4}>
          {x.nothing}
        </Text>
      ) : (
        <Stack gap={6} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {group.items.map((item) => {
            const w = when(item, x);
            const detail = itemDetail(group, item, x);
            return (
              <li key={`${group.key}-${item.id}`}>
                <Anchor
                  component={Link}
                  to={itemLink(group.key, item)}
                  size="sm"
                  c="blue.9"
                  lineClamp={2}
                  data-testid="work-item"
                >
                  {itemTitle(group, item, x)}
                </Anchor>
                <Group gap={6} mt={2}>
                  {w && (
                    <Badge
                      size="sm"
                      variant="light"
                      color={w.colour}
                      c={w.colour === 'red' ? 'red.9' : 'dark.7'}
                      style={{ textTransform: 'none' }}
                    >
                      {w.text}
                    </Badge>
                  )}
                  {detail && (
                    <Text size="xs" c="gray.7">
                      {detail}
                    </Text>
                  )}
                </Group>
              </li>
            );
          })}
          {group.count > group.items.length && (
            <li>
              <Anchor component={Link} to={groupLink(group.key, roles)} size="xs" c="blue.9">
                {x.more(group.count - group.items.length)}
              </Anchor>
            </li>
          )}
        </Stack>
      )}
    </Card>
  );
}

/** On a phone: the step to do now, its deadline, and how far the round has come. */
function CompactStage({ round, x }: { round: RoundStage; x: Text }) {
  const step = round.steps[round.current];
  const total = round.steps.length;
  return (
    <Stack gap={4}>
      <Progress
        value={(Math.min(round.current, total) / total) * 100}
        color={step?.status === 'overdue' ? 'red' : 'green'}
        aria-hidden="true"
      />
      <Text size="sm">
        {step ? x.stepNow(round.current + 1, total, x.steps[step.step]) : x.allDone}
        {step?.due ? ` · ${x.stepDue(viDate(step.due))}` : ''}
      </Text>
    </Stack>
  );
}

function RoundStepper({ round, x }: { round: RoundStage; x: Text }) {
  const narrow = useMediaQuery('(max-width: 40em)');
  const colour = (s: string) => (s === 'overdue' ? 'red' : s === 'late' ? 'yellow' : undefined);
  return (
    <Card withBorder padding="sm" data-testid="round-stage">
      <Group justify="space-between" mb="xs">
        <Text fw={700}>
          {x.stage}: {x.stageOf(round.round, round.date ? viDate(round.date) : '')}
        </Text>
        {round.sessionId && (
          <Anchor component={Link} to={`/hoi-nghi/${round.sessionId}`} size="sm" c="blue.9">
            {x.openRound}
          </Anchor>
        )}
      </Group>
      {narrow ? (
        <CompactStage round={round} x={x} />
      ) : (
        <Stepper
          active={round.current}
          size="sm"
          allowNextStepsSelect={false}
          styles={{ stepDescription: { color: 'var(--mantine-color-gray-7)' } }}
        >
          {round.steps.map((s) => (
            <Stepper.Step
              key={s.step}
              label={x.steps[s.step]}
              color={colour(s.status)}
              description={
                s.done ? x.stepDone(viDate(s.done)) : s.due ? x.stepDue(viDate(s.due)) : undefined
              }
            />
          ))}
          <Stepper.Completed>
            <Text size="sm" mt="xs">
              {x.allDone}
            </Text>
          </Stepper.Completed>
        </Stepper>
      )}
    </Card>
  );
}

export function HomePage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = homeText(lang);
  const [work, setWork] = useState<MyWork | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setWork(null);
    setError(null);
    if (unitId)
      fetchMyWork(unitId)
        .then((w) => live && setWork(w))
        .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [unitId]);

  if (error) return <Alert color="red">{error}</Alert>;
  if (!work)
    return (
      <Group>
        <Loader size="sm" />
        <Text c="dimmed">{x.loading}</Text>
      </Group>
    );
  const waiting = work.groups.some((g) => g.count > 0);
  return (
    <Stack>
      <div>
        <Title order={2}>{x.title}</Title>
        <Group gap="xs" mt={4}>
          <Title order={3} size="h4" fw={600}>
            {work.unit.name}
          </Title>
          {work.roles.map((r) => (
            <Badge key={r} variant="light" c="red.9">
              {roleNames[r][lang]}
            </Badge>
          ))}
          <Text size="sm" c="gray.7">
            {x.today(viDate(work.today))}
          </Text>
        </Group>
      </div>
      {work.round && <RoundStepper round={work.round} x={x} />}
      {work.roles.includes('collector') && (
        <Card withBorder padding="sm">
          <Text size="sm">{x.collectorHint}</Text>
          <Anchor component={Link} to="/nhap-y-kien" fw={700} c="blue.9">
            {x.collectorLink}
          </Anchor>
        </Card>
      )}
      {!waiting && work.groups.length > 0 && <Alert color="green">{x.allClear}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {work.groups.map((g) => (
          <GroupCard key={g.key} group={g} roles={work.roles} x={x} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
