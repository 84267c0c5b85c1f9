// Where a year's list of days off comes from: an official decision, the statutory rules alone
// (no decision yet), or an administrator's correction.
import { Badge } from '@mantine/core';
import type { YearSource } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { calendarText } from './calendar-text';

const colors: Record<YearSource, string> = { official: 'blue', computed: 'yellow', admin: 'grape' };

export function YearSourceBadge({ source }: { source: YearSource }) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  return (
    <Badge
      color={colors[source]}
      variant="light"
      size="lg"
      tt="none"
      data-testid="year-source"
      data-source={source}
    >
      {tc.source[source]}
    </Badge>
  );
}
