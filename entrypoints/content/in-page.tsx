// The in-page UI's hosts: custom elements with a shadow root each, so the page's CSS and JobFit's never meet.
// Posting text is drawn as text nodes only.
import { render } from 'preact';
import { drawInPageBadge } from '../../components/Badge';
import type { BadgeState } from '../../lib/badge-view';
import { SummaryBar, type SummaryBarProps } from '../../components/SummaryBar';
import BADGE_CSS from '../../components/badge.css?inline';
import { BADGE_LINE_PX, hasBadgeLine } from './badge-line';

// No z-index on the host: it would make each badge a stacking context, and an open breakdown would slide under
// the next badge. The shadow CSS raises the badge, and an open one above all others.
const INLINE_STYLE = 'all: initial !important; display: inline-block !important; position: relative !important;';
/**
 * A badge in a table row (a thread's comment) has a line of its own from the start, and is laid out only once near
 * the screen (content-visibility): a table lays out all of its rows again when a cell changes, and on a long thread
 * every chunk of scores did that for hundreds of badges nobody could see. Drawing 50 badges' faces on a 600-post
 * thread took 10–16 ms of layout with containment alone, 1–2 ms with content-visibility as well. The padding keeps the
 * pill's focus ring inside the box that clips it. Containment makes the host a stacking context and clips its
 * content: an open one shows all of its breakdown and is raised above the badges after it.
 * Where the page keeps the line free (badge-line.ts) the host is positioned in it; elsewhere it takes its line.
 */
const ROW_BOX = `all: initial !important; display: block !important; height: ${BADGE_LINE_PX - 6}px !important; padding: 3px 0 !important; contain: size layout style !important;`;
const IN_FLOW = 'position: relative !important;';
const IN_FREE_LINE = 'position: absolute !important; top: 0 !important; left: 0 !important; right: 0 !important;';
const NEAR_SCREEN_ONLY = `content-visibility: auto !important; contain-intrinsic-size: auto ${BADGE_LINE_PX}px !important;`;
const RAISED = 'z-index: 2147483647 !important;';
const FIXED_STYLE = 'all: initial !important; position: fixed !important; z-index: 2147483647 !important; right: 12px !important;';
export const BADGE_TAG = 'jobfit-badge';
export const SUMMARY_TAG = 'jobfit-summary';

/**
 * One stylesheet object shared by every shadow root: six hundred badges parsing their own copy of the CSS made the
 * style work of a long thread a long task. Null where a content script may not adopt sheets (then: a <style> each).
 */
let sharedSheet: CSSStyleSheet | null | undefined;

function adoptBadgeCss(shadow: ShadowRoot): boolean {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (!sharedSheet) return false;
  try {
    shadow.adoptedStyleSheets = [sharedSheet];
    return true;
  } catch {
    sharedSheet = null;
    return false;
  }
}

function createHost(tag: string, style: string): { host: HTMLElement; root: HTMLElement } {
  const host = document.createElement(tag);
  host.setAttribute('style', style);
  const shadow = host.attachShadow({ mode: 'open' });
  const root = document.createElement('span');
  if (!adoptBadgeCss(shadow)) {
    const css = document.createElement('style');
    css.textContent = BADGE_CSS;
    shadow.append(css);
  }
  shadow.append(root);
  return { host, root };
}

type Placement = 'floating' | 'row' | 'inline';

export class BadgeHost {
  readonly host: HTMLElement;
  private readonly root: HTMLElement;
  private readonly placement: Placement;
  private readonly style: string;
  /** The style of the host while its breakdown is open. */
  private readonly openStyle: string;
  private shown: BadgeState | null = null;

  constructor(
    readonly postingId: string,
    /** The card, row or header the badge belongs to; null: the badge floats at the top right of the page. */
    readonly anchor: Element | null,
    state: BadgeState,
    /** The user followed the badge's contact link. */
    private readonly onContact: () => void,
  ) {
    this.placement = !anchor || anchor === document.body || anchor === document.documentElement
      ? 'floating'
      : anchor instanceof HTMLTableRowElement && anchor.cells.length > 0 ? 'row' : 'inline';
    if (this.placement === 'row') {
      const position = hasBadgeLine(anchor!) ? IN_FREE_LINE : IN_FLOW;
      this.style = `${ROW_BOX} ${position} ${NEAR_SCREEN_ONLY}`;
      this.openStyle = `${ROW_BOX} ${position} ${RAISED}`;
    } else {
      this.style = this.placement === 'floating' ? `${FIXED_STYLE} top: 52px !important;` : INLINE_STYLE;
      this.openStyle = this.style;
    }
    ({ host: this.host, root: this.root } = createHost(BADGE_TAG, this.style));
    this.host.dataset.postingId = postingId;
    // Drawn whole before it goes in: the page then takes in one finished element, not each change after it.
    this.show(state);
    if (this.placement === 'floating') {
      this.host.dataset.floating = '';
      document.documentElement.append(this.host);
    } else {
      place(this.host, anchor!, this.placement);
    }
  }

  get connected(): boolean {
    return this.host.isConnected && (!this.anchor || this.anchor.isConnected);
  }

  show(state: BadgeState): void {
    this.shown = state;
    if (state.kind === 'scored') {
      this.host.dataset.score = String(Math.round(state.result.evaluation.score));
      this.host.dataset.verdict = state.result.evaluation.verdict;
      this.host.dataset.jobId = state.result.jobId;
    } else {
      for (const key of ['score', 'verdict', 'jobId'] as const) delete this.host.dataset[key];
    }
    this.host.dataset.state = state.kind;
    if (state.kind === 'pending') {
      this.root.replaceChildren();
      // An inline badge waiting for its score takes no room: drawing it, then its score in its place, laid the page
      // out twice. A row's badge keeps its line, empty.
      this.setStyle(this.placement === 'row' ? this.style : `${this.style} display: none !important;`);
      return;
    }
    // The breakdown reads the result when it opens: a contact link that arrives later is in it without a redraw.
    this.root.replaceChildren(drawInPageBadge(document, state, {
      onContact: () => this.onContact(),
      latest: () => (this.shown?.kind === 'scored' ? this.shown.result : null),
      onOpenChange: (open) => this.setStyle(open ? this.openStyle : this.style),
    }));
    // A new face is drawn closed, also where the one it replaces was open.
    this.setStyle(this.style);
  }

  /** Only a change: setting the same style again would still have the page restyle the host. */
  private setStyle(style: string): void {
    if (this.host.getAttribute('style') !== style) this.host.setAttribute('style', style);
  }

  /**
   * The stored job the posting became, known once the background has stored it (data-stored says so), and its
   * contact link, which comes with it. The face does not change, so nothing is drawn again (an open breakdown stays
   * open).
   */
  setJob(jobId: string, mailto: string | null): void {
    const shown = this.shown;
    if (shown?.kind !== 'scored') return;
    this.shown = { ...shown, result: { ...shown.result, jobId, mailto } };
    this.host.dataset.jobId = jobId;
    this.host.dataset.stored = '';
  }

  remove(): void {
    this.host.remove();
  }
}

/** A row of a table gets the badge at the top of its last cell, a heading right after it, any other card inside. */
function place(host: HTMLElement, anchor: Element, placement: 'row' | 'inline'): void {
  if (placement === 'row') {
    const cells = (anchor as HTMLTableRowElement).cells;
    cells[cells.length - 1]!.prepend(host);
  } else if (/^H[1-6]$/.test(anchor.tagName)) anchor.after(host);
  else anchor.prepend(host);
}

export class SummaryHost {
  private readonly host: HTMLElement;
  private readonly root: HTMLElement;

  constructor() {
    ({ host: this.host, root: this.root } = createHost(SUMMARY_TAG, `${FIXED_STYLE} top: 6px !important;`));
    document.documentElement.append(this.host);
  }

  show(props: SummaryBarProps): void {
    this.host.dataset.matches = String(props.matches);
    this.host.dataset.total = String(props.total);
    render(<SummaryBar {...props} />, this.root);
  }

  remove(): void {
    render(null, this.root);
    this.host.remove();
  }
}

export function isJobFitNode(node: Node): boolean {
  return node instanceof Element && (node.tagName === BADGE_TAG.toUpperCase() || node.tagName === SUMMARY_TAG.toUpperCase());
}
