import { greenhouse } from '../lib/extract/boards/greenhouse';
import { boardContentScript } from './content/board-script';

export default boardContentScript([greenhouse]);
