// "Today" for deadlines is the day in Vietnam (UTC+7), whatever the server's time zone.
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
export const todayInVietnam = (clock: Clock = systemClock): string => new Date(clock().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
