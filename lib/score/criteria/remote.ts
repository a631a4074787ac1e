// Fully remote work, open to where the user lives.
import { userInRegions } from '../regions';
import type { Criterion } from '../context';
import { CRITERION_INFO } from './catalog';

/** Share of the points for each reading; a restriction the profile cannot be checked against earns part. */
const CREDIT = { anywhere: 1, inRegion: 1, regionUnchecked: 0.6, unspecified: 0.85, hybrid: 0.2, onsite: 0, unknown: 0.3 };

export const remote: Criterion = {
  ...CRITERION_INFO.remote,
  evaluate({ workplace: judgement, profile, settings }) {
    const weight = settings.weight;
    const { workplace, scope, regions } = judgement;
    if (workplace === 'unknown') return { met: null, points: weight * CREDIT.unknown, evidence: null };
    if (workplace !== 'remote') {
      return { met: false, points: weight * CREDIT[workplace], evidence: judgement.evidence };
    }
    if (scope === 'anywhere') return { met: true, points: weight * CREDIT.anywhere, evidence: judgement.scopeEvidence ?? judgement.evidence };
    if (scope === 'restricted') {
      const where = regions.length ? regions.join(', ') : 'some locations';
      const inside = userInRegions(regions, profile.country, profile.timeZone);
      const evidence = judgement.scopeEvidence ?? judgement.evidence;
      if (inside === true) return { met: true, points: weight * CREDIT.inRegion, evidence };
      if (inside === false) return { met: false, points: 0, evidence: `${evidence} (limited to ${where}, which excludes you)` };
      const why = profile.country || profile.timeZone ? 'cannot tell whether you are inside it' : 'your country is not set in the profile';
      return { met: true, points: weight * CREDIT.regionUnchecked, evidence: `${evidence} (limited to ${where}; ${why})` };
    }
    return { met: true, points: weight * CREDIT.unspecified, evidence: judgement.evidence };
  },
};
