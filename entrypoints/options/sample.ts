// The posting the live preview scores until the user pastes one of their own.
import { postingFromRecord } from '../../lib/extract';
import type { Posting } from '../../lib/model';

export const SAMPLE_POSTING_TEXT = `Lumen Data | Senior Machine Learning Engineer, Search & Retrieval | Remote (worldwide) | Full-time

Our search library is open source (Apache 2.0) on GitHub, used by thousands of teams, and we pay engineers to maintain it.

You will design retrieval and ranking models (embeddings, vector search, evaluation), ship them in Python, and write about what you learn. Experience with PyTorch, SQL and data pipelines helps.

Fully remote, any time zone, with a few hours of overlap with UTC. Salary 120,000 - 150,000 EUR per year.

Write to jobs@lumen-data.example with a few lines about yourself.`;

export function samplePosting(text: string): Posting {
  return postingFromRecord({ id: 'sample', board: 'hackernews', text });
}
