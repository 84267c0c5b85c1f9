// The reference plan's wording stands in two places: core's default plan (what a new plan says)
// and the documents package's fixture of the 2022 scan (what its renderer is tested on). Core
// depends on nothing of ours, so the text is not shared; this test ties the two together: the
// default plan of Sơn Giang for 2022 under the province's 2018 rules says what the scan says.
import { BUILT_IN_PROFILES, defaultPlanContent } from '@doithoai/core';
import { referencePlanData } from '@doithoai/documents';
import { describe, expect, it } from 'vitest';

describe("the default plan's wording is the reference plan's", () => {
  const profile = BUILT_IN_PROFILES.find((p) => p.code === 'ha-tinh-657')!;
  const made = defaultPlanContent(profile, { name: 'Xã Sơn Giang' }, 2022);
  const scan = referencePlanData();

  it('purposes, topics, preparation, chairs, follow-up, tasks and closing, word for word', () => {
    expect(made.purposes).toEqual(scan.purposes);
    expect(made.contentGroups.map((g) => g.text)).toEqual(scan.topics);
    expect(made.preparation).toEqual(scan.preparation);
    expect(made.chairs).toEqual(scan.chairs);
    expect(made.followUp).toEqual(scan.followUp);
    expect(made.tasks.map((t) => t.text)).toEqual(scan.tasks);
    expect(made.closing).toEqual(scan.closing);
    expect(made.title).toEqual(scan.title);
  });

  it('participants and recipients, but for what the 2022 scan adds of its year (Covid-19)', () => {
    expect(made.participants).toEqual(scan.participants.slice(0, 4));
    expect(made.recipients).toEqual(scan.recipients);
  });
});
