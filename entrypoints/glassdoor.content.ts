import { glassdoor } from '../lib/extract/boards/glassdoor';
import { boardContentScript } from './content/board-script';

export default boardContentScript([glassdoor]);
