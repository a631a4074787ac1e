// The board registry: one import and one entry per adapter. The first board whose URL patterns match a page reads it.
import type { BoardDefinition } from '../engine';
import { hackernews, hackernewsJobs } from './hackernews';

export const BOARDS: readonly BoardDefinition[] = [
  hackernews,
  hackernewsJobs,
];
