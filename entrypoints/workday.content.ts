import { workday } from '../lib/extract/boards/workday';
import { boardContentScript } from './content/board-script';

export default boardContentScript([workday]);
