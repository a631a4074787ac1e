// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactActions } from '../../../components/ContactActions';
import { JobDetail } from '../../../components/JobDetail';
import type { Job } from '../../../lib/model';
import { DEFAULT_PROFILE } from '../../../lib/score/profile';
import { makeEvaluation, makeJob, makePosting } from './job-fixture';

afterEach(cleanup);

const profile = { ...DEFAULT_PROFILE, name: 'Ada', emailTemplate: { subject: '{{title}} at {{company}}', body: 'Hello {{company}},\n{{pitch}}\n{{name}}' } };

function renderDetail(job: Job) {
  const actions = {
    onStatus: vi.fn(),
    onNotes: vi.fn(async () => undefined),
    onHidden: vi.fn(),
    onBlockCompany: vi.fn(),
    onUnblockCompany: vi.fn(),
    copy: vi.fn(async () => undefined),
    onBack: vi.fn(),
  };
  render(<JobDetail job={job} profile={profile} {...actions} />);
  return actions;
}

describe('ContactActions', () => {
  it('links a mailto draft to the posting address with the filled template', () => {
    render(<ContactActions posting={makePosting()} evaluation={makeEvaluation()} profile={profile} onContacted={() => {}} copy={async () => {}} />);
    const link = screen.getByRole('link', { name: /Email jobs@acme.example/ });
    const url = new URL(link.getAttribute('href')!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('jobs@acme.example');
    expect(url.searchParams.get('subject')).toBe('Senior Data Engineer at Acme');
    expect(url.searchParams.get('body')).toBe(`Hello Acme,\r\n${profile.pitch}\r\nAda`);
    expect(screen.getByRole('link', { name: 'Gmail' }).getAttribute('href')).toMatch(/^https:\/\/mail\.google\.com\/.*to=jobs%40acme\.example/);
  });

  it('lets the user pick another address the posting gives', () => {
    const posting = makePosting({ emails: ['jobs@acme.example', 'cto@acme.example'] });
    render(<ContactActions posting={posting} evaluation={makeEvaluation()} profile={profile} onContacted={() => {}} copy={async () => {}} />);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value).sort()).toEqual(['cto@acme.example', 'jobs@acme.example']);
    const other = [...select.options].map((o) => o.value).find((v) => v !== select.value)!;
    select.value = other;
    fireEvent.change(select);
    expect(new URL(screen.getByRole('link', { name: new RegExp(`Email ${other}`) }).getAttribute('href')!).pathname).toBe(other);
  });

  it('copies the draft and counts it as contact', async () => {
    const copy = vi.fn(async () => undefined);
    const onContacted = vi.fn();
    render(<ContactActions posting={makePosting()} evaluation={makeEvaluation()} profile={profile} onContacted={onContacted} copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByRole('button', { name: 'Copied ✓' });
    expect(copy.mock.calls[0]).toEqual([expect.stringMatching(/^To: jobs@acme.example\nSubject: Senior Data Engineer at Acme\n\nHello Acme/)]);
    expect(onContacted).toHaveBeenCalledOnce();
  });

  it('says when a posting has no address and offers the apply link', () => {
    render(<ContactActions posting={makePosting({ emails: [] })} evaluation={makeEvaluation()} profile={profile} onContacted={() => {}} copy={async () => {}} />);
    expect(screen.getByText('This posting gives no email address.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Email/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Apply on the employer's site/ }).getAttribute('href')).toBe('https://boards.greenhouse.io/acme/jobs/1#app');
  });
});

describe('JobDetail', () => {
  it('shows the job, every criterion with its evidence, and its sources', () => {
    const job = makeJob();
    renderDetail(job);
    expect(screen.getByRole('heading', { name: 'Senior Data Engineer' })).toBeTruthy();
    expect(document.querySelector('article')?.getAttribute('data-job-id')).toBe(job.id);
    for (const criterion of job.evaluation.criteria) expect(document.querySelector(`[data-criterion="${criterion.id}"]`)).toBeTruthy();
    expect(screen.getByText('“We maintain open-source data tools.”')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Greenhouse' }).getAttribute('href')).toBe(job.sources[0].url);
  });

  it('moves a new job to contacted when the user writes, but never moves a later stage back', () => {
    const actions = renderDetail(makeJob());
    fireEvent.click(screen.getByRole('link', { name: /Email jobs@acme.example/ }));
    expect(actions.onStatus).toHaveBeenCalledWith('greenhouse:1', 'contacted');
    cleanup();
    const later = renderDetail(makeJob({ status: 'interviewing', statusHistory: [{ status: 'interviewing', at: 1 }] }));
    fireEvent.click(screen.getByRole('link', { name: /Email jobs@acme.example/ }));
    expect(later.onStatus).not.toHaveBeenCalled();
  });

  it('changes status, hides the job and blocks the company after a confirmation', async () => {
    const actions = renderDetail(makeJob());
    const select = screen.getByRole('combobox', { name: 'Status of Senior Data Engineer' }) as HTMLSelectElement;
    select.value = 'applied';
    fireEvent.change(select);
    expect(actions.onStatus).toHaveBeenCalledWith('greenhouse:1', 'applied');
    fireEvent.click(screen.getByRole('button', { name: 'Hide this job' }));
    expect(actions.onHidden).toHaveBeenCalledWith('greenhouse:1', true);
    vi.stubGlobal('confirm', vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true));
    fireEvent.click(screen.getByRole('button', { name: 'Block Acme' }));
    expect(actions.onBlockCompany).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Block Acme' }));
    expect(actions.onBlockCompany).toHaveBeenCalledWith('Acme');
    vi.unstubAllGlobals();
  });

  it('shows the way a job went through the pipeline', () => {
    const day = (d: number) => Date.UTC(2026, 10, d, 12);
    renderDetail(makeJob({ status: 'applied', statusHistory: [{ status: 'new', at: day(2) }, { status: 'interested', at: day(3) }, { status: 'applied', at: day(9) }] }));
    const history = screen.getByLabelText('Status history').textContent!;
    expect(history.split(' → ').map((step) => step.split(' ')[0])).toEqual(['New', 'Interested', 'Applied']);
  });

  it('offers to show a hidden job and its company again', () => {
    const actions = renderDetail(makeJob({ hidden: true }));
    expect(screen.queryByRole('button', { name: 'Block Acme' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show this job again' }));
    expect(actions.onHidden).toHaveBeenCalledWith('greenhouse:1', false);
    fireEvent.click(screen.getByRole('button', { name: 'Show every job from Acme' }));
    expect(actions.onUnblockCompany).toHaveBeenCalledWith('Acme');
  });

  it('saves the notes when the field loses focus', async () => {
    const actions = renderDetail(makeJob({ notes: 'old' }));
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    fireEvent.input(notes, { target: { value: 'new note' } });
    fireEvent.blur(notes);
    await waitFor(() => expect(actions.onNotes).toHaveBeenCalledWith('greenhouse:1', 'new note'));
  });
});
