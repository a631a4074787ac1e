import { hackernewsJobs } from '../lib/extract/boards/hackernews';
import { boardContentScript } from './content/board-script';

export default boardContentScript([hackernewsJobs]);
