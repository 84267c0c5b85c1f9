// The unit's announced sessions as an iCalendar feed (RFC 5545), for a phone or a district's
// calendar. Only what the public notice already says: date, time, venue, chairs. Times are
// Vietnam time (UTC+7, no daylight saving), written in UTC; a session lasts half a day.
import { json, unitSessionsInStates } from './session.repository.js';
import { unitNames } from '../unit/unit.repository.js';
import type { Q } from '../shared/query.js';

const publicStates = ['announced', 'held', 'concluded', 'closed'];

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped. */
export const icalText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + (parts.length === 0 ? 75 : 74), bytes.length);
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--; // never split a UTF-8 character
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
  }
  return parts.join('\r\n ');
}

const utc = (date: string, time: string, plusHours = 0) => {
  const d = new Date(`${date}T${time}:00+07:00`);
  d.setUTCHours(d.getUTCHours() + plusHours);
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
};

export async function sessionsIcal(db: Q, unitId: string, host: string): Promise<string> {
  const communeName = (await unitNames(db, [unitId])).get(unitId) ?? '';
  const rows = await unitSessionsInStates(db, unitId, publicStates);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Doi Thoai//Hoi nghi doi thoai//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(`Hội nghị đối thoại – ${communeName}`)}`,
  ];
  for (const s of rows) {
    if (!s.date) continue;
    const time = s.start_time ?? '07:30';
    const round = s.round ? ` lần ${s.round}` : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.id}@${host}`,
      `DTSTAMP:${utc(s.date, time)}`,
      `DTSTART:${utc(s.date, time)}`,
      `DTEND:${utc(s.date, time, 4)}`,
      `SUMMARY:${icalText(`Hội nghị tiếp xúc, đối thoại với Nhân dân${round} – ${communeName}`)}`,
      `LOCATION:${icalText(s.venue ?? '')}`,
      `DESCRIPTION:${icalText(`Chủ trì: ${json<string[]>(s.chairs, []).join('; ')}`)}`,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
