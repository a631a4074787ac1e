import { CONTENT_MATCHES } from '../../lib/extract';
import { startPageSession } from './page-session';

// Runs on every supported board; the popup injects the same script into any other page on demand.
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPageSession(ctx);
  },
});
