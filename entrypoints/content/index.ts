import { defineContentScript } from 'wxt/utils/define-content-script';
import { readAnyPage } from '../../lib/extract';
import { startPageSession } from './page-session';

// Every adapter and the generic reader: injected by the background only when the popup's "Evaluate this page" asks
// for a page that no board script is reading (any site, with the user's permission for that tab).
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    startPageSession(ctx, readAnyPage);
  },
});
