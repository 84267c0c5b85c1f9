// A plan's states (DOMAIN.md "Records and their states"): draft → issued (has a number from the
// register) → completed. Only a draft is edited; an issued plan is frozen as sent.
import { DomainError } from '../errors/domain-error.js';

export const planStates = ['draft', 'issued', 'completed'] as const;
export type PlanState = (typeof planStates)[number];

export const planStateNames: Record<PlanState, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
};

export const planTransitions: Record<PlanState, readonly PlanState[]> = {
  draft: ['issued'],
  issued: ['completed'],
  completed: [],
};

export function assertPlanTransition(from: PlanState, to: PlanState): void {
  if (!planTransitions[from].includes(to)) {
    throw new DomainError('RULE_VIOLATION', {
      vi: `Kế hoạch đang ở trạng thái «${planStateNames[from].vi}», không chuyển sang «${planStateNames[to].vi}» được`,
      en: `The plan is ${planStateNames[from].en.toLowerCase()}; it cannot become ${planStateNames[to].en.toLowerCase()}`,
    });
  }
}

export function assertPlanEditable(state: PlanState): void {
  if (state !== 'draft') {
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Kế hoạch đã ban hành, không sửa được nội dung',
      en: 'The plan has been issued; its content can no longer be edited',
    });
  }
}
