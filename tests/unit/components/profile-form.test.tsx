// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileForm } from '../../../components/ProfileForm';
import type { Profile } from '../../../lib/model';
import { DEFAULT_PROFILE } from '../../../lib/score/profile';

afterEach(cleanup);

const criteria = [
  { id: 'remote', label: 'Fully remote' },
  { id: 'open-source', label: 'Values open source' },
];

function renderForm(errors: Record<string, string> = {}, profile: Profile = DEFAULT_PROFILE) {
  const onChange = vi.fn<(profile: Profile) => void>();
  render(
    <ProfileForm
      profile={profile}
      onChange={onChange}
      errors={errors}
      criteria={criteria}
      criterionDefaults={() => ({ enabled: true, weight: 10, keywords: [] })}
      timeZoneGuessed
    />,
  );
  return onChange;
}

describe('ProfileForm', () => {
  it('edits a criterion: on/off, weight and extra keywords', () => {
    const onChange = renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Values open source' }));
    expect(onChange.mock.lastCall![0].criteria['open-source'].enabled).toBe(false);
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Weight of Fully remote' }), { target: { value: '42' } });
    expect(onChange.mock.lastCall![0].criteria.remote.weight).toBe(42);
    fireEvent.input(screen.getByRole('textbox', { name: 'Extra keywords for Fully remote' }), { target: { value: 'async\nanywhere' } });
    expect(onChange.mock.lastCall![0].criteria.remote.keywords).toEqual(['async', 'anywhere']);
    // Other settings are left as they were.
    expect(onChange.mock.lastCall![0].dealbreakers).toEqual(DEFAULT_PROFILE.dealbreakers);
  });

  it('edits dealbreakers, custom phrases, employment and the salary floor', () => {
    const onChange = renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hybrid (some office days)' }));
    expect(onChange.mock.lastCall![0].dealbreakers.hybrid).toBe(!DEFAULT_PROFILE.dealbreakers.hybrid);
    fireEvent.input(screen.getByRole('textbox', { name: /Phrases that rule a posting out/ }), { target: { value: 'unpaid' } });
    expect(onChange.mock.lastCall![0].dealbreakers.phrases).toEqual(['unpaid']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Internship' }));
    expect(onChange.mock.lastCall![0].employmentWanted).toContain('internship');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Skip roles that pay less than a floor' }));
    expect(onChange.mock.lastCall![0].salaryFloor).toMatchObject({ currency: 'EUR', period: 'year' });
  });

  it('shows an error next to the field it concerns', () => {
    renderForm({ 'criteria.remote.weight': 'At most 100.', email: 'This does not look like an email address.' });
    const weight = screen.getByRole('spinbutton', { name: 'Weight of Fully remote' });
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(weight.getAttribute('aria-describedby')!)?.textContent).toBe('At most 100.');
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'At most 100.',
      'This does not look like an email address.',
    ]);
  });

  it('says where a prefilled time zone came from', () => {
    renderForm({}, { ...DEFAULT_PROFILE, timeZone: 'Europe/Berlin' });
    const zone = screen.getByRole('textbox', { name: 'Time zone' }) as HTMLInputElement;
    expect(zone.value).toBe('Europe/Berlin');
    expect(screen.getByText(/Filled in from this computer/)).toBeTruthy();
  });

  it('lists the email placeholders', () => {
    renderForm();
    expect(screen.getByText('{{company}}')).toBeTruthy();
    expect(screen.getByText('{{matched}}')).toBeTruthy();
  });
});
