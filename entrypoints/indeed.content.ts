import { indeed } from '../lib/extract/boards/indeed';
import { boardContentScript } from './content/board-script';

export default boardContentScript([indeed]);
