import { describe, expect, it } from 'vitest';
import { corpusDir, hasCorpus } from '../../../lib/corpus';
import { runEval, TARGETS } from '../../../scripts/eval';

describe.skipIf(!hasCorpus())(`scorer on the labelled HN dev set (${corpusDir()})`, () => {
  it('meets the accuracy targets', () => {
    const report = runEval();
    expect(report.count).toBeGreaterThanOrEqual(100);
    expect(report.workplaceAccuracy).toBeGreaterThanOrEqual(TARGETS.workplaceAccuracy);
    expect(report.mlData.f1).toBeGreaterThanOrEqual(TARGETS.mlDataF1);
    expect(report.openSource.f1).toBeGreaterThanOrEqual(TARGETS.openSourceF1);
    expect(report.emails.f1).toBeGreaterThanOrEqual(TARGETS.emailF1);
    expect(report.employmentExact).toBeGreaterThanOrEqual(TARGETS.employmentExact);
  });
});

if (!hasCorpus()) console.warn(`Corpus not found at ${corpusDir()}: the dev-set evaluation is skipped (set JOBFIT_CORPUS).`);
