// How a profile's dates read: '15/06' for a day of the year.
import type { DayOfYear } from '@doithoai/core';

const pad = (n: number) => String(n).padStart(2, '0');
export const dayOfYear = (d: DayOfYear): string => `${pad(d.day)}/${pad(d.month)}`;
