import { wellfound } from '../lib/extract/boards/wellfound';
import { boardContentScript } from './content/board-script';

export default boardContentScript([wellfound]);
