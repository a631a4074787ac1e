import { smartrecruiters } from '../lib/extract/boards/smartrecruiters';
import { boardContentScript } from './content/board-script';

export default boardContentScript([smartrecruiters]);
