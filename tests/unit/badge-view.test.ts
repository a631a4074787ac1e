import { describe, expect, it } from 'vitest';
import { criterionPoints, topReasons, unreadableMessage } from '../../lib/badge-view';
import type { CriterionResult, Evaluation } from '../../lib/model';

function criterion(id: string, met: boolean | null, points: number, maxPoints: number, dealbreaker = false): CriterionResult {
  return { id, label: `label of ${id}`, met, points, maxPoints, evidence: met === null ? null : `evidence for ${id}`, dealbreaker };
}

function evaluation(criteria: CriterionResult[]): Evaluation {
  return {
    score: 50, verdict: 'maybe', workplace: 'remote', remoteScope: 'anywhere', remoteRegions: [], employment: [],
    criteria, conflicts: [], profileHash: 'h',
  };
}

describe('topReasons', () => {
  it('names the criteria that moved the score most, for and against', () => {
    const reasons = topReasons(evaluation([
      criterion('small', true, 2, 10),
      criterion('remote', true, 30, 30),
      criterion('ml', false, 0, 25),
    ]));
    expect(reasons).toEqual([
      { positive: true, text: 'label of remote' },
      { positive: false, text: 'label of ml' },
    ]);
  });

  it('puts a dealbreaker first, whatever its points, named by what broke it', () => {
    const hit = { ...criterion('dealbreakers', false, 0, 0, true), evidence: 'On-site only: You will work from our Berlin office.' };
    const reasons = topReasons(evaluation([criterion('remote', true, 30, 30), hit]));
    expect(reasons[0]).toEqual({ positive: false, text: 'On-site only' });
    const unexplained = { ...hit, evidence: null };
    expect(topReasons(evaluation([unexplained]))[0]).toEqual({ positive: false, text: 'label of dealbreakers' });
  });

  it('never cites a criterion the posting is silent about', () => {
    expect(topReasons(evaluation([criterion('salary', null, 0, 10)]))).toEqual([]);
  });

  it('shows as many as asked', () => {
    const many = evaluation(['a', 'b', 'c', 'd'].map((id, i) => criterion(id, true, i + 1, 10)));
    expect(topReasons(many, 3).map((r) => r.text)).toEqual(['label of d', 'label of c', 'label of b']);
  });
});

describe('badge wording', () => {
  it('gives points as earned/possible, and names a dealbreaker', () => {
    expect(criterionPoints(criterion('x', true, 7.5, 10))).toBe('7.5/10');
    expect(criterionPoints(criterion('x', false, 0, 0, true))).toBe('dealbreaker');
  });

  it('says which fields could not be read', () => {
    expect(unreadableMessage(['title', 'description'])).toBe("JobFit couldn't read this page (fields: title, description)");
    expect(unreadableMessage([])).toBe("JobFit couldn't read this page");
  });
});
