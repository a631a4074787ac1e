import { workable } from '../lib/extract/boards/workable';
import { boardContentScript } from './content/board-script';

export default boardContentScript([workable]);
