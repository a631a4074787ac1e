// The board registry: one import and one entry per adapter. The first board whose URL patterns match a page reads it.
import type { BoardDefinition } from '../engine';
import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { glassdoor } from './glassdoor';
import { hackernews, hackernewsJobs } from './hackernews';
import { lever } from './lever';
import { indeed } from './indeed';
import { linkedin } from './linkedin';
import { welcometothejungle } from './welcometothejungle';
import { remoteok } from './remoteok';
import { wellfound } from './wellfound';
import { weworkremotely } from './weworkremotely';
import { workable } from './workable';
import { workday } from './workday';

export const BOARDS: readonly BoardDefinition[] = [
  hackernews,
  hackernewsJobs,
  greenhouse,
  lever,
  ashby,
  linkedin,
  indeed,
  workable,
  workday,
  weworkremotely,
  glassdoor,
  welcometothejungle,
  remoteok,
  wellfound,
];
