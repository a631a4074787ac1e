import { ashby } from '../lib/extract/boards/ashby';
import { boardContentScript } from './content/board-script';

export default boardContentScript([ashby]);
