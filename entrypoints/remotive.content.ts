import { remotive } from '../lib/extract/boards/remotive';
import { boardContentScript } from './content/board-script';

export default boardContentScript([remotive]);
