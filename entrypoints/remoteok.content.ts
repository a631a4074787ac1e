import { remoteok } from '../lib/extract/boards/remoteok';
import { boardContentScript } from './content/board-script';

export default boardContentScript([remoteok]);
