import { linkedin } from '../lib/extract/boards/linkedin';
import { boardContentScript } from './content/board-script';

export default boardContentScript([linkedin]);
