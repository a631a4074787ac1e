import { lever } from '../lib/extract/boards/lever';
import { boardContentScript } from './content/board-script';

export default boardContentScript([lever]);
