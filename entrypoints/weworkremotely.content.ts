import { weworkremotely } from '../lib/extract/boards/weworkremotely';
import { boardContentScript } from './content/board-script';

export default boardContentScript([weworkremotely]);
