// "Evaluate this page": the background injects the reader into the active tab and replies with what it found.
import { browser } from 'wxt/browser';
import { ErrorReply, PageReport } from '../../lib/messages';
import { boardName, plural } from '../../components/format';

export async function evaluateActiveTab(): Promise<{ ok: boolean; message: string }> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'evaluate-active-tab' });
    const report = PageReport.safeParse(reply);
    if (report.success) return { ok: true, message: describeReport(report.data) };
    const error = ErrorReply.safeParse(reply);
    return { ok: false, message: error.success ? error.data.error : 'JobFit could not read this page.' };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function describeReport(report: PageReport): string {
  if (report.kind === 'none' || report.evaluated === 0) return 'No job posting found on this page.';
  const where = report.board ? ` on ${boardName(report.board)}` : '';
  const partial = report.failedFields.length > 0 ? ` Some fields could not be read: ${report.failedFields.join(', ')}.` : '';
  return `Scored ${plural(report.evaluated, 'posting')}${where}: ${plural(report.matches, 'match', 'matches')}.${partial}`;
}
