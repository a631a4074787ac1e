// Every criterion, in the order the breakdown shows them. Adding one means a new file, one line here and its id, label
// and default weight in catalog.ts.
import type { Criterion } from '../context';
import { dealbreakers } from './dealbreakers';
import { employment } from './employment';
import { mlData } from './ml-data';
import { openSource } from './open-source';
import { remote } from './remote';
import { salary } from './salary';
import { seniority } from './seniority';
import { teaching } from './teaching';

export const CRITERIA: readonly Criterion[] = [remote, mlData, openSource, employment, seniority, salary, teaching, dealbreakers];
