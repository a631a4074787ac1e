import { HACKERNEWS_ITEM_URLS, hackernewsBadgeLine } from '../lib/extract/boards/hackernews';
import { badgeLineScript } from './content/badge-line';

export default badgeLineScript(HACKERNEWS_ITEM_URLS, hackernewsBadgeLine);
