import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  title: string;
  children?: ComponentChildren;
}

export function EmptyState({ title, children }: Props) {
  return (
    <div class="empty-state" role="status">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** What a new user with an empty shortlist should do next. */
export function FirstRunHelp() {
  return (
    <EmptyState title="Your shortlist is empty">
      <p>
        Browse jobs as usual on LinkedIn, Indeed, Greenhouse, Lever, Ashby, Workable, Workday or a Hacker News
        "Who is hiring?" thread. JobFit reads every posting you see, scores it against your profile and lists it here.
      </p>
      <p>
        On any other job page, press <strong>Evaluate this page</strong>. Set what matters to you in{' '}
        <strong>Settings</strong> first: remote scope, keywords, dealbreakers, salary floor.
      </p>
    </EmptyState>
  );
}

/** How long a list's first read may take before the page says it is still opening the store. */
export const OPENING_NOTICE_DELAY_MS = 2_000;

/**
 * In place of a list whose first read has not answered yet, after a moment: the first open after JobFit is updated
 * may upgrade the whole store (114 s at 50,000 jobs from schema version 3 in Chromium), and an empty page would look
 * like lost jobs.
 */
export function StoreOpening() {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), OPENING_NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!late) return null;
  return (
    <EmptyState title="Opening your saved jobs…">
      <p>The first time after JobFit is updated, a large shortlist can take a minute or two to open. Nothing is lost meanwhile.</p>
    </EmptyState>
  );
}
