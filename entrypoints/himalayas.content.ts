import { himalayas } from '../lib/extract/boards/himalayas';
import { boardContentScript } from './content/board-script';

export default boardContentScript([himalayas]);
