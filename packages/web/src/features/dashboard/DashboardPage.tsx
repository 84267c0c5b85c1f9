// The unit dashboard page (office, chairs): the commune chosen in the header, a year.
import { Group, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { PageProps } from '../../app/page-props';
import { useI18n } from '../../i18n';
import { CommuneDashboard } from './CommuneDashboard';
import { dashboardText } from './dashboard-text';
import { ReportPanel } from './ReportPanel';

export const yearOptions = () => {
  const now = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, i) => String(now - i));
};

export function DashboardPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = dashboardText(lang);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{x.title}</Title>
        <Select
          aria-label={x.year}
          data={yearOptions()}
          value={year}
          onChange={(v) => v && setYear(v)}
          allowDeselect={false}
          w={120}
        />
      </Group>
      <CommuneDashboard unitId={unitId} year={Number(year)} listLinks />
      <ReportPanel unitId={unitId} year={Number(year)} />
    </Stack>
  );
}
