import type { BoardHealthRecord } from '../lib/store/health';
import { boardName, plural, relativeDay } from './format';
import { webHref } from './links';

interface Props {
  reports: readonly BoardHealthRecord[];
  onDismiss: () => void;
  now?: number;
  class?: string;
}

/** Boards whose pages JobFit found but could not fully read (their markup changed): which fields, where, how often. */
export function BoardHealthNotice({ reports, onDismiss, now = Date.now(), class: extra }: Props) {
  if (reports.length === 0) return null;
  return (
    <div class={`notice notice-row board-health${extra ? ` ${extra}` : ''}`} role="status">
      <ul class="board-health-list">
        {reports.map((report) => (
          <li key={report.board} data-board={report.board}>
            <span>
              Couldn't fully read: <strong>{boardName(report.board)}</strong> — {report.failedFields.join(', ')} (
              {plural(report.count, 'page')}, last {relativeDay(report.lastSeen, now)})
            </span>
            <a class="board-health-url" href={webHref(report.url)} target="_blank" rel="noreferrer" title={report.url}>
              {report.url}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" class="notice-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
