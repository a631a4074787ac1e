// An employment type the user wants (employee or consultant by default).
import type { Criterion } from '../context';
import { CRITERION_INFO } from './catalog';

export const employment: Criterion = {
  ...CRITERION_INFO.employment,
  evaluate({ employment: judgement, profile, settings }) {
    if (judgement.types.length === 0) return { met: null, points: settings.weight * 0.5, evidence: null };
    const wanted = judgement.types.filter((type) => profile.employmentWanted.includes(type));
    const evidence = `${judgement.types.join(', ')}: ${judgement.evidence ?? ''}`.trim();
    return wanted.length ? { met: true, points: settings.weight, evidence } : { met: false, points: 0, evidence };
  },
};
