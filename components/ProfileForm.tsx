import { EMPLOYMENT_TYPES, SALARY_PERIODS, type CriterionSettings, type EmploymentType, type Profile } from '../lib/model';
import { TEMPLATE_PLACEHOLDERS } from '../lib/score/profile';
import { CheckField, ListField, NumberField, TextField } from './fields';

export interface CriterionInfo {
  id: string;
  label: string;
}

interface Props {
  profile: Profile;
  onChange: (profile: Profile) => void;
  /** Keyed by the path of the field in the profile, e.g. "criteria.remote.weight". */
  errors: Record<string, string>;
  criteria: CriterionInfo[];
  /** Default settings of a criterion the profile does not mention yet. */
  criterionDefaults: (id: string) => CriterionSettings;
  timeZoneGuessed: boolean;
}

const DEALBREAKERS: { key: Exclude<keyof Profile['dealbreakers'], 'phrases'>; label: string }[] = [
  { key: 'onsiteOnly', label: 'On-site only' },
  { key: 'hybrid', label: 'Hybrid (some office days)' },
  { key: 'relocation', label: 'Relocation required' },
  { key: 'securityClearance', label: 'Security clearance required' },
  { key: 'regionExcludesUser', label: 'Remote, but only in regions that exclude my country' },
];

const EMPLOYMENT_LABEL: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract / consulting',
  internship: 'Internship',
};

export function ProfileForm({ profile, onChange, errors, criteria, criterionDefaults, timeZoneGuessed }: Props) {
  const update = (patch: Partial<Profile>) => onChange({ ...profile, ...patch });
  const updateCriterion = (id: string, patch: Partial<CriterionSettings>) =>
    update({ criteria: { ...profile.criteria, [id]: { ...(profile.criteria[id] ?? criterionDefaults(id)), ...patch } } });
  const dealbreakers = profile.dealbreakers;
  const floor = profile.salaryFloor;

  return (
    <div class="profile-form">
      <section class="form-section" aria-labelledby="what-counts">
        <h2 id="what-counts">What counts</h2>
        <p class="section-hint">Each criterion adds up to its weight when a posting meets it. Extra keywords count on top of the built-in ones.</p>
        <div class="criteria-table" role="table" aria-label="Criteria">
          <div class="criteria-head" role="row">
            <span role="columnheader">Criterion</span>
            <span role="columnheader">Weight</span>
            <span role="columnheader">Extra keywords, one per line</span>
          </div>
          {criteria.map(({ id, label }) => {
            const settings = profile.criteria[id] ?? criterionDefaults(id);
            return (
              <div key={id} class={`criteria-row${settings.enabled ? '' : ' criteria-off'}`} role="row" data-criterion={id}>
                <span role="cell">
                  <CheckField id={`criterion-${id}`} label={label} checked={settings.enabled} onChange={(enabled) => updateCriterion(id, { enabled })} />
                </span>
                <span role="cell">
                  <NumberField
                    id={`criterion-${id}-weight`}
                    label={`Weight of ${label}`}
                    value={settings.weight}
                    min={0}
                    max={100}
                    error={errors[`criteria.${id}.weight`]}
                    onChange={(weight) => updateCriterion(id, { weight })}
                  />
                </span>
                <span role="cell">
                  <ListField
                    id={`criterion-${id}-keywords`}
                    label={`Extra keywords for ${label}`}
                    rows={1}
                    value={settings.keywords}
                    error={errors[`criteria.${id}.keywords`]}
                    onChange={(keywords) => updateCriterion(id, { keywords })}
                  />
                </span>
              </div>
            );
          })}
        </div>
        <div class="form-grid">
          <NumberField id="threshold-match" label="Match from score" value={profile.thresholds.match} min={0} max={100} error={errors['thresholds.match']} onChange={(match) => update({ thresholds: { ...profile.thresholds, match } })} />
          <NumberField id="threshold-maybe" label="Maybe from score" value={profile.thresholds.maybe} min={0} max={100} error={errors['thresholds.maybe']} onChange={(maybe) => update({ thresholds: { ...profile.thresholds, maybe } })} />
        </div>
      </section>

      <section class="form-section" aria-labelledby="dealbreakers">
        <h2 id="dealbreakers">Dealbreakers</h2>
        <p class="section-hint">A posting with any of these is a skip, whatever else it offers.</p>
        <div class="check-list">
          {DEALBREAKERS.map(({ key, label }) => (
            <CheckField key={key} id={`dealbreaker-${key}`} label={label} checked={dealbreakers[key]} onChange={(on) => update({ dealbreakers: { ...dealbreakers, [key]: on } })} />
          ))}
        </div>
        <ListField
          id="dealbreaker-phrases"
          label="Phrases that rule a posting out, one per line"
          placeholder={'e.g. must be based in\nunpaid'}
          value={dealbreakers.phrases}
          error={errors['dealbreakers.phrases']}
          onChange={(phrases) => update({ dealbreakers: { ...dealbreakers, phrases } })}
        />
      </section>

      <section class="form-section" aria-labelledby="where-and-pay">
        <h2 id="where-and-pay">Where you work, how you are paid</h2>
        <div class="form-grid">
          <TextField id="country" label="Country (two letters)" placeholder="DE" value={profile.country} error={errors.country} hint="Checks remote roles limited to some regions." onChange={(country) => update({ country })} />
          <TextField
            id="timeZone"
            label="Time zone"
            placeholder="Europe/Berlin"
            value={profile.timeZone}
            error={errors.timeZone}
            hint={timeZoneGuessed ? 'Filled in from this computer; save to keep it.' : undefined}
            onChange={(timeZone) => update({ timeZone })}
          />
        </div>
        <fieldset class="check-list" aria-describedby={errors.employmentWanted ? 'employment-error' : undefined}>
          <legend class="field-label">Employment you want</legend>
          {EMPLOYMENT_TYPES.map((type) => (
            <CheckField
              key={type}
              id={`employment-${type}`}
              label={EMPLOYMENT_LABEL[type]}
              checked={profile.employmentWanted.includes(type)}
              onChange={(on) =>
                update({ employmentWanted: on ? [...profile.employmentWanted, type] : profile.employmentWanted.filter((t) => t !== type) })
              }
            />
          ))}
          {errors.employmentWanted && <span id="employment-error" class="field-error" role="alert">{errors.employmentWanted}</span>}
        </fieldset>
        <CheckField
          id="salary-floor-on"
          label="Skip roles that pay less than a floor"
          checked={floor !== null}
          onChange={(on) => update({ salaryFloor: on ? { amount: Number.NaN, currency: 'EUR', period: 'year' } : null })}
        />
        {floor && (
          <div class="form-grid form-grid-3">
            <NumberField id="salary-amount" label="Amount" value={floor.amount} min={0} error={errors['salaryFloor.amount']} onChange={(amount) => update({ salaryFloor: { ...floor, amount } })} />
            <TextField id="salary-currency" label="Currency" value={floor.currency} error={errors['salaryFloor.currency']} onChange={(currency) => update({ salaryFloor: { ...floor, currency: currency.toUpperCase() } })} />
            <div class="field">
              <label for="salary-period" class="field-label">Per</label>
              <select id="salary-period" value={floor.period} onChange={(event) => update({ salaryFloor: { ...floor, period: event.currentTarget.value as (typeof SALARY_PERIODS)[number] } })}>
                {SALARY_PERIODS.map((period) => <option key={period} value={period}>{period}</option>)}
              </select>
            </div>
          </div>
        )}
      </section>

      <section class="form-section" aria-labelledby="about-you">
        <h2 id="about-you">About you</h2>
        <p class="section-hint">Used only in the emails you send; nothing leaves this computer.</p>
        <div class="form-grid">
          <TextField id="name" label="Name" value={profile.name} error={errors.name} onChange={(name) => update({ name })} />
          <TextField id="email" label="Email" type="email" value={profile.email} error={errors.email} onChange={(email) => update({ email })} />
        </div>
        <TextField id="pitch" label="Pitch: a few sentences about you" multiline={4} value={profile.pitch} error={errors.pitch} onChange={(pitch) => update({ pitch })} />
        <ListField id="links" label="Links, one per line" placeholder="https://github.com/you" value={profile.links} error={errors.links} onChange={(links) => update({ links })} />
      </section>

      <section class="form-section" aria-labelledby="email-template">
        <h2 id="email-template">Contact email</h2>
        <p class="section-hint">
          Filled in from the posting and your profile:{' '}
          {TEMPLATE_PLACEHOLDERS.map((name, index) => (
            <span key={name}>{index > 0 && ' '}<code>{`{{${name}}}`}</code></span>
          ))}
        </p>
        <TextField id="template-subject" label="Subject" value={profile.emailTemplate.subject} error={errors['emailTemplate.subject']} onChange={(subject) => update({ emailTemplate: { ...profile.emailTemplate, subject } })} />
        <TextField id="template-body" label="Body" multiline={8} value={profile.emailTemplate.body} error={errors['emailTemplate.body']} onChange={(body) => update({ emailTemplate: { ...profile.emailTemplate, body } })} />
      </section>
    </div>
  );
}
