// The board registry: one import and one entry per adapter. The first board whose URL patterns match a page reads it.
import type { BoardDefinition } from '../engine';
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { hackernews, hackernewsJobs } from './hackernews';
import { himalayas } from './himalayas';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { remoteok } from './remoteok';
import { remotive } from './remotive';
import { smartrecruiters } from './smartrecruiters';
import { welcometothejungle } from './welcometothejungle';
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
  smartrecruiters,
  himalayas,
  remotive,
];
