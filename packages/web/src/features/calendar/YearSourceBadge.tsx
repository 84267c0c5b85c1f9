// Where a year's list of days off comes from: an official decision, the statutory rules alone
// (no decision yet), or an administrator's correction.
import { Badge } from '@mantine/core';
import type { YearSource } from '@doithoai/core';
import { useI18n } from '../../i18n';

const colors: Record<YearSource, string> = { official: 'blue', computed: 'yellow', admin: 'grape' };

export function YearSourceBadge({ source }: { source: YearSource }) {
  const { t } = useI18n();
  return (
    <Badge
      color={colors[source]}
      variant="light"
      size="lg"
      tt="none"
      data-testid="year-source"
      data-source={source}
    >
      {t.calendar.source[source]}
    </Badge>
  );
}
