// The year's plan: create it from the unit's rules in one click, edit the draft, preview the
// document as it will be issued, issue it (the Đảng ủy's next number). Then on to its sessions.
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { planStateNames, vietnamDayOf, type UnitPlans } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { createPlan, fetchPlans, issuePlan, savePlan } from './plan-api';
import { PlanEditor } from './PlanEditor';
import { planText } from './plan-text';

const today = () => vietnamDayOf(new Date());

export function PlanPage({ unitId }: { unitId: string }) {
  const { lang } = useI18n();
  const t = planText(lang);
  const [data, setData] = useState<UnitPlans | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [issueDate, setIssueDate] = useState(today());
  const [previewKey, setPreviewKey] = useState(0);

  const load = useCallback(() => {
    fetchPlans(unitId)
      .then((d) => {
        setData(d);
        setSelected((s) => s ?? d.plans[0]?.id ?? null);
      })
      .catch((e) => setError(String(e.message ?? e)));
  }, [unitId]);
  useEffect(load, [load]);
  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await fn();
      if (done) setNotice(done);
      load();
      setPreviewKey((k) => k + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  if (!data) return <Loader />;
  const plan = data.plans.find((p) => p.id === selected);
  const canManage = data.can.includes('plan.manage');
  const hasThisYear = data.plans.some((p) => p.year === data.thisYear);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t.title}</Title>
        {canManage && !hasThisYear && (
          <Button
            onClick={() =>
              run(async () => {
                const p = await createPlan(unitId, data.thisYear);
                setSelected(p.id);
              })
            }
          >
            {t.create(data.thisYear)}
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {data.plans.length === 0 && <Text c="dimmed">{t.none}</Text>}
      <Group gap="xs">
        {data.plans.map((p) => (
          <Button
            key={p.id}
            variant={p.id === selected ? 'filled' : 'default'}
            size="xs"
            onClick={() => setSelected(p.id)}
          >
            {t.year(p.year)} · {planStateNames[p.state][lang]}
          </Button>
        ))}
      </Group>
      {plan && (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Card withBorder>
              <Group justify="space-between" mb="sm">
                <Title order={4}>{t.edit}</Title>
                <Badge data-testid="plan-state">{planStateNames[plan.state][lang]}</Badge>
              </Group>
              {plan.numberText && (
                <Text mb="sm" fw={600} data-testid="plan-number">
                  {t.issued(plan.numberText)}
                </Text>
              )}
              <PlanEditor
                key={`${plan.id}:${plan.version}`}
                content={plan.content}
                readOnly={!canManage || plan.state !== 'draft'}
                onSave={(c) => run(() => savePlan(plan.id, c, plan.version), t.saved)}
              />
              {canManage && plan.state === 'draft' && (
                <Group mt="md" align="end">
                  <TextInput
                    type="date"
                    label={t.issueDate}
                    value={issueDate}
                    onChange={(e) => setIssueDate(e.currentTarget.value)}
                  />
                  <Button
                    color="green"
                    onClick={() => run(() => issuePlan(plan.id, issueDate, plan.version))}
                  >
                    {t.issue}
                  </Button>
                </Group>
              )}
              {plan.state !== 'draft' && (
                <Button mt="md" component={Link} to="/hoi-nghi" variant="light">
                  {t.openSessions}
                </Button>
              )}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Tabs defaultValue="preview">
              <Tabs.List>
                <Tabs.Tab value="preview">{t.preview}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="preview">
                <iframe
                  key={previewKey}
                  title={t.preview}
                  src={`/api/plans/${plan.id}/document.html`}
                  style={{
                    width: '100%',
                    height: '80vh',
                    border: '1px solid #ddd',
                    background: 'white',
                  }}
                />
              </Tabs.Panel>
            </Tabs>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
