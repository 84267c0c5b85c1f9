// How long each kind of personal data is kept once it has served its purpose (Luật 91/2025:
// kept for its purpose and period). The periods are this deployment's choice, as data; the
// sweep (server/src/privacy/retention-sweep.ts) applies them and leaves decisions intact.
export const retentionKinds = [
  'petitioner-contact',
  'petitioner-identity',
  'speaker-name',
] as const;
export type RetentionKind = (typeof retentionKinds)[number];

export interface RetentionRule {
  kind: RetentionKind;
  /** Months after the matter (or session) ended. */
  months: number;
  what: { vi: string; en: string };
  /** What the sweep does; never deletes a matter, an answer, a document or an audit entry. */
  action: { vi: string; en: string };
}

export const retentionRules: readonly RetentionRule[] = [
  {
    kind: 'petitioner-contact',
    months: 24,
    what: {
      vi: 'Số điện thoại, thư điện tử của người kiến nghị',
      en: "Petitioners' phone and email",
    },
    action: { vi: 'Xóa số điện thoại, thư điện tử', en: 'Phone and email removed' },
  },
  {
    kind: 'petitioner-identity',
    months: 60,
    what: { vi: 'Họ tên người kiến nghị', en: "Petitioners' names" },
    action: { vi: 'Thay họ tên bằng bí danh', en: 'Name replaced by a pseudonym' },
  },
  {
    kind: 'speaker-name',
    months: 60,
    what: { vi: 'Họ tên người đăng ký phát biểu', en: 'Names of registered speakers' },
    action: { vi: 'Thay họ tên bằng bí danh', en: 'Name replaced by a pseudonym' },
  },
];

/** Matter states after which nothing more happens to it (the retention clock starts). */
export const finishedMatterStates = ['closed', 'rejected', 'withdrawn'] as const;

/** The ISO date before which an ended record is past its period ("today − months"). */
export function retentionCutoff(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The pseudonym that replaces an erased name: stable per record, says nothing about the person. */
export function pseudonym(id: string): string {
  return `Người kiến nghị #${id.slice(0, 6)}`;
}
