import type { ComponentChildren } from 'preact';

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
