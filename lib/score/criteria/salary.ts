// Pay at or above the user's floor, when both are known and in the same currency and period.
import type { Criterion } from '../context';
import { readSalary } from '../salary';
import { CRITERION_INFO } from './catalog';

export const salary: Criterion = {
  ...CRITERION_INFO.salary,
  evaluate(context) {
    const { posting, profile, text, lower, settings } = context;
    const floor = profile.salaryFloor;
    const found = posting.salary
      ? { salary: posting.salary, evidence: `metadata: salary=${posting.salary.text}` }
      : readSalary(text, lower, (set) => context.anchors(set));
    if (!floor) return { met: null, points: settings.weight * 0.5, evidence: found ? found.evidence : null };
    if (!found) return { met: null, points: settings.weight * 0.5, evidence: null };
    const { currency, period, max, min } = found.salary;
    const top = max ?? min;
    if (top === null || currency !== floor.currency || (period !== null && period !== floor.period)) {
      return { met: null, points: settings.weight * 0.5, evidence: `${found.evidence} (not comparable with your floor of ${floor.amount} ${floor.currency} per ${floor.period})` };
    }
    return top >= floor.amount
      ? { met: true, points: settings.weight, evidence: found.evidence }
      : { met: false, points: 0, evidence: `${found.evidence} (below your floor of ${floor.amount} ${floor.currency})` };
  },
};
