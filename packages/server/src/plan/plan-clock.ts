// "Today" for deadlines is the day in Vietnam (UTC+7), whatever the server's time zone.
import { vietnamDayOf } from '@doithoai/core';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
export const todayInVietnam = (clock: Clock = systemClock): string => vietnamDayOf(clock());
