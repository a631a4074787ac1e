import { welcometothejungle } from '../lib/extract/boards/welcometothejungle';
import { boardContentScript } from './content/board-script';

export default boardContentScript([welcometothejungle]);
