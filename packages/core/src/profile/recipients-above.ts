// The level above a commune as the profile in force names it, for the Nơi nhận of the plan, the
// conclusion notice and the report: the district's bodies under ha-tinh-657, the province's since
// 1/7/2025 (ha-tinh-hai-cap). One place, so that the three documents of one date agree.
import type { RegulationProfile } from './regulation-profile.js';

/** One recipient a line: ['Thường trực Tỉnh ủy (để b/c);', 'Ban Dân vận Tỉnh ủy;', …]. */
export function recipientsAbove(profile: RegulationProfile): string[] {
  return (
    profile.planWording?.recipientsAbove ?? [
      'Thường trực cấp ủy cấp trên (để b/c);',
      'Ban Dân vận cấp ủy cấp trên;',
    ]
  );
}

/** The same on one line, as the conclusion notice writes it: 'Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh (để b/c);'. */
export function recipientsAboveLine(profile: RegulationProfile): string {
  return `${recipientsAbove(profile)
    .map((r) => r.replace(/ \(để b\/c\);$|;$/, ''))
    .join(', ')} (để b/c);`;
}

/** A conclusion notice's recipients before the office edits them. */
export function defaultConclusionRecipients(profile: RegulationProfile): string[] {
  return [
    recipientsAboveLine(profile),
    'Thường trực HĐND, UBND xã;',
    'UBMTTQ và các đoàn thể xã;',
    'Các cơ quan, công chức được giao;',
    'Chi bộ, thôn;',
    'Lưu.',
  ];
}

/** A report's recipients before the office edits them: the level above, then the file copy. */
export function defaultReportRecipients(profile: RegulationProfile): string[] {
  return [...recipientsAbove(profile), 'Lưu Văn phòng.'];
}
