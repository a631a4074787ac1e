import { hackernews } from '../lib/extract/boards/hackernews';
import { boardContentScript } from './content/board-script';

export default boardContentScript([hackernews], { runAt: 'document_end' });
