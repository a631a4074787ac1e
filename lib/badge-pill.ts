// The in-page badge's collapsed face, drawn with plain DOM. Drawn through a virtual DOM, the badges of a 600-post
// thread were most of the content script's time; the breakdown, read one badge at a time, is mounted only when the
// badge opens. Posting text goes in through text nodes only, never as markup.
import { topReasons } from './badge-view';
import type { Evaluation, Verdict } from './model';

/** Fills the opened badge's panel with the breakdown; returns what empties it when the badge closes. */
export type BreakdownRenderer = (panel: HTMLElement) => () => void;

export interface BadgeDrawing {
  verdictLabel: (verdict: Verdict) => string;
  renderBreakdown: BreakdownRenderer;
  /** Told when the breakdown opens or closes: a badge host that is a stacking context of its own must then rise above
   *  the badges after it, or they would cover its panel. */
  onOpenChange?: (open: boolean) => void;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The badge of a page that could not be read or scored: the reason, said plainly. */
export function drawNote(doc: Document, text: string): HTMLElement {
  const note = element(doc, 'span', 'jf error');
  note.setAttribute('role', 'status');
  note.append(element(doc, 'span', 'pill note', text));
  return note;
}

/**
 * A scored badge: the score, verdict and top two reasons on a button that opens the breakdown on hover, focus or
 * click (Escape closes it). The button's text is its accessible name, so it says the score and the verdict.
 */
export function drawScoredBadge(doc: Document, { title, evaluation }: { title: string; evaluation: Evaluation }, drawing: BadgeDrawing): HTMLElement {
  const badge = element(doc, 'span', `jf ${evaluation.verdict}`);
  const pill = element(doc, 'button', 'pill');
  pill.type = 'button';
  pill.title = 'JobFit: why this score';
  pill.setAttribute('aria-expanded', 'false');
  pill.append(element(doc, 'span', 'score', String(Math.round(evaluation.score))), element(doc, 'span', 'verdict', drawing.verdictLabel(evaluation.verdict)));
  const reasons = topReasons(evaluation);
  if (reasons.length > 0) {
    const list = element(doc, 'span', 'reasons');
    reasons.forEach((reason, index) => {
      if (index > 0) list.append(' · ');
      list.append(element(doc, 'span', reason.positive ? 'yes' : 'no', reason.positive ? '✓' : '✗'), ` ${reason.text}`);
    });
    pill.append(list);
  }
  badge.append(pill);

  let hovered = false;
  let pinned = false;
  let panel: { node: HTMLElement; empty: () => void } | null = null;
  const update = () => {
    const open = hovered || pinned;
    if (open === (panel !== null)) return;
    badge.classList.toggle('open', open);
    pill.setAttribute('aria-expanded', String(open));
    drawing.onOpenChange?.(open);
    if (panel) {
      panel.empty();
      panel.node.remove();
      panel = null;
      return;
    }
    const node = element(doc, 'div', 'panel');
    node.setAttribute('role', 'dialog');
    node.setAttribute('aria-label', `JobFit score for ${title || 'this job'}`);
    badge.append(node);
    panel = { node, empty: drawing.renderBreakdown(node) };
  };
  const hover = (on: boolean) => () => {
    hovered = on;
    update();
  };
  badge.addEventListener('mouseenter', hover(true));
  badge.addEventListener('mouseleave', hover(false));
  badge.addEventListener('focusin', hover(true));
  badge.addEventListener('focusout', (event) => {
    if (!badge.contains(event.relatedTarget as Node | null)) hover(false)();
  });
  badge.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    hovered = false;
    pinned = false;
    update();
  });
  pill.addEventListener('click', () => {
    pinned = !pinned;
    update();
  });
  return badge;
}
