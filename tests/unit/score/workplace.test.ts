import { describe, expect, it } from 'vitest';
import { readWorkplace } from '../../../lib/score/workplace';

const read = (text: string) => readWorkplace(text, text.toLowerCase());

describe('readWorkplace: what the text says', () => {
  it.each([
    ['Acme | Backend Engineer | REMOTE | Full-time', 'remote'],
    ['We are a remote-first company with people in six countries.', 'remote'],
    ['You can work from home or from our Berlin office.', 'remote'],
    ['Acme | Data Engineer | Boston, MA | ONSITE', 'onsite'],
    ['This role is on-site in our Austin office.', 'onsite'],
    ['Acme | Hybrid (3 days in the London office)', 'hybrid'],
    ['You will be in the office 3 days a week, the rest from home.', 'hybrid'],
    ['Acme | Engineer | Berlin | Full-time', 'unknown'],
    ['Acme｜Multiple roles｜Helsinki, Finland｜Full-time｜ONSITE', 'onsite'],
    ['Acme | Android Developer | Boulder, CO\nBeing able to relocate to Boulder is required.', 'onsite'],
    ['Acme | Engineer | Paris\nBased in Paris, or willing to relocate.', 'onsite'],
    ['Acme | Engineer | Remote\nNo need to relocate.', 'remote'],
    ['Hi HN! We build kitchen robots. Come join us in our NYC office.', 'onsite'],
    ['Acme | Engineer\nJoin us in our headquarters in Helsinki and our new offices in Boston and Berlin.', 'unknown'],
    ['Acme | Berlin | FULLTIME, ONSITE\nFrontend Engineer, especially with TV and mobile hybrid experience', 'onsite'],
    ['Acme | Engineers | Earth | 100% REMOTE', 'remote'],
    ['Acme | Paris | Onsite\nPs: the whole company is remote at this point of time, but we prefer to work on site.', 'onsite'],
    ['Acme | London, UK | on-site (4 days) | software engineers', 'hybrid'],
    ['Acme | Engineers | Boston | FULL TIME; TEMP REMOTE', 'onsite'],
    ['Acme | Engineers | DC\nEveryone is currently working remotely, and we have no timeline to return onsite yet.', 'onsite'],
    ['Acme | Android Engineer | Boulder, CO\nBeing able to relocate to Boulder for the position is preferred.', 'unknown'],
  ])('%s → %s', (text, expected) => {
    expect(read(text).workplace).toBe(expected);
  });

  it.each([
    'Acme | Engineer | NYC | Onsite, no remote',
    'Remote: No. The team sits together in Paris.',
    'This is not a remote role; the team works from our Munich office.',
    'Location: Zurich. Remote not possible, sorry.',
    'Remote work is not an option for this position. Onsite in Oslo.',
  ])('a negated remote is not remote: %s', (text) => {
    expect(read(text).workplace).toBe('onsite');
  });

  it.each([
    'Acme | Engineer | Denver | Onsite (remote until the office reopens)',
    'We are remote during COVID, then back at our Seattle office.',
    'Boston | Software Architect | remote for now, onsite once the pandemic is over',
    'Starting remote, hope to be onsite next year.',
    'Acme | Software Engineer | Starting Remote, hopes to be onsite: NYC | Full-time',
    'Acme | Data Scientist | London ONSITE (currently WFH) | https://example.org',
    'Acme | Engineers | SF, USA | ONSITE\nWe’ve transitioned to fully remote/wfh for the time being, but ideally you will join us in the SF office.',
    'Acme | Data Engineer | Sydney | Permanent, Onsite\nATM the whole company is working from home.',
    'Acme | Software Engineer | London | ONSITE\nCurrently all remote but looking to establish a London office again soon.',
    'Acme | Engineers | ONSITE [REMOTE during the plague] (London, UK)',
    'Acme | Engineers | Washington, DC\nDuring this time, all new hires will start fully remote, though the expectation is they will come onsite when we resume normal operations.',
  ])('a temporary remote arrangement follows the lasting one: %s', (text) => {
    expect(read(text).workplace).toBe('onsite');
  });

  it('keeps remote work that outlasts the pandemic', () => {
    expect(read('We went fully remote during 2020 and are staying remote permanently.').workplace).toBe('remote');
  });

  it.each([
    'Acme | Engineers | UK/US/Spain | Remote for now, or forever if you like',
    'Acme | All R&D Roles | Canada | Full-time | Onsite/Remote [All remote for now]',
    'Acme | Product Designer | San Francisco or REMOTE (USA for now) | Full time',
  ])('a lasting remote option beside a temporary word stays remote: %s', (text) => {
    expect(read(text).workplace).toBe('remote');
  });

  it.each([
    'Acme | Engineer | SF | ONSITE, REMOTE (US) for strong candidates',
    'Onsite in Toronto, remote considered for senior candidates.',
    'Local preferred, remote possible.',
  ])('conditional remote still offers remote: %s', (text) => {
    expect(read(text).workplace).toBe('remote');
  });

  it('mixed posts: remote if any role is fully remote, else hybrid, else onsite', () => {
    expect(read('Acme | Frontend Engineer (onsite, NYC) | Data Engineer (remote) | Full-time').workplace).toBe('remote');
    expect(read('Acme | Designer: onsite in Paris | Engineer: hybrid, 2 days a week in the office').workplace).toBe('hybrid');
  });

  it('a fully remote role listed beside the perks is still remote', () => {
    expect(read('Acme is hiring a Data Scientist.\nFully remote + Competitive salary + Equity + Health + 401k + a desk budget.').workplace).toBe('remote');
    expect(read('Acme | Onsite\nWork environment: very flexible work/remote schedule (currently fully remote), excellent benefits.').workplace).toBe('onsite');
  });

  it('perks and interviews are not the work arrangement', () => {
    expect(read('Acme | Engineer | Prague | On-site\nPerks: flexible hours, occasional remote days, snacks.').workplace).toBe('onsite');
    expect(read('Acme | Engineer | Remote\nOur process ends with a virtual onsite interview.').workplace).toBe('remote');
    expect(read('We build remote sensing satellites. Engineer | Onsite in Denver').workplace).toBe('onsite');
    expect(read('We run hybrid cloud deployments for banks. Onsite in Frankfurt.').workplace).toBe('onsite');
    expect(read('Acme | Berkeley | ONSITE\nEvolve our remote management and update systems for robots.').workplace).toBe('onsite');
    expect(read('Acme | Seattle | ONSITE\nPerks: flexible hours/wfh, dog-friendly office.').workplace).toBe('onsite');
    expect(read('Acme | Boulder | ONSITE (can frequently work from home)').workplace).toBe('onsite');
  });

  it('partial remote is hybrid', () => {
    expect(read('Acme | Columbus, OH | Onsite / partial remote | $120k').workplace).toBe('hybrid');
    expect(read('Acme | Data Engineer | Sydney\nWe work from home 2-3 days/wk, and spend the rest of the time at our offices.').workplace).toBe('hybrid');
    expect(read('Acme | ONSITE | Venice, CA | Backend Engineer\nThis is an in-person position, although we WFH on Fridays and are flexible. Healthcare and dental available.').workplace).toBe('hybrid');
    expect(read('Acme | Athens | Hybrid\nWe offer lunch on office days and up to 3 days/week remote.').workplace).toBe('hybrid');
    expect(read('Acme | Toronto | ONSITE (3-4 days/wk)').workplace).toBe('hybrid');
    expect(read("Acme | Austin | Onsite\nYou'll be in-office for at least a couple days a week, WFH the rest.").workplace).toBe('hybrid');
    expect(read('Acme | Melbourne\nOur team works remotely / from home part of the time.').workplace).toBe('hybrid');
    expect(read('Acme | New York | partial onsite | $150k').workplace).toBe('hybrid');
    expect(read('Acme | Senior Engineers | NYC Onsite (4-5 days in-office w/ free catered lunch daily)').workplace).toBe('hybrid');
    expect(read("Acme has hybrid work in Denver. We're in-office MWF and WFH Tuesday and Thursdays. Remote is not.").workplace).toBe('hybrid');
  });

  it('a temporary word qualifies only its own option', () => {
    expect(read('Acme | Engineer | ONSITE Bay Area, LA (once COVID-safe), or REMOTE').workplace).toBe('remote');
    expect(read('Acme | Engineer | Onsite (Remote during Covid-19)').workplace).toBe('onsite');
  });

  it('remote interviews and role "hybrids" are not the arrangement', () => {
    expect(read('Acme | Manchester | majority ONSITE\nWe are conducting interviews remotely.').workplace).toBe('hybrid');
    expect(read('Acme | SF | Onsite\nLooking for an engineer/designer hybrid.').workplace).toBe('onsite');
    expect(read('Acme | Founding Engineer | Onsite in Portland\nThe rare hybrid who can sit across from an insurance adjuster.').workplace).toBe('onsite');
    expect(read('Acme (YC F24) looking for ambitious people to join our small, in-person team in Berlin').workplace).toBe('onsite');
  });

  it.each([
    'Acme | Founding Engineer\nWe are based in San Francisco and build in person every day.',
    'Acme | Founding Engineer\nWe are building the company in person in SoMa, San Francisco.',
    'Acme | Engineer\nWe work together in-person at an office in the Presidio, San Francisco.',
    'Acme | Engineer\nWe are a 7 person team in person in NYC, raised $2.7M.',
    'Acme | Engineer\nAll the roles are in in-office in Sunnyvale, CA',
  ])('a team that works in person is on-site: %s', (text) => {
    expect(read(text).workplace).toBe('onsite');
  });

  it('"100%" after remote is the whole week, and remote "currently" in an office job is for the time being', () => {
    expect(read('Acme | Data Engineer | ONSITE: St. Louis, Baltimore, NYC (remote 100% currently)').workplace).toBe('onsite');
    expect(read('Acme | Engineer | Remote 100% | Full-time').workplace).toBe('remote');
  });

  it('"Currently REMOTE / WFH, normally ON-SITE" is an office job', () => {
    expect(read('Acme | Software Engineer | Stockholm | Currently REMOTE / WFH, normally ON-SITE | Full-time').workplace).toBe('onsite');
  });

  it('"us" the pronoun near a remote mention is not the United States; "remote(us)" is', () => {
    expect(read('Acme | Remote | Full-time\nWe enjoy the freedom of working remotely where each of us has the autonomy to have an impact.').scope).toBe('unspecified');
    expect(read('Acme | Data Engineer (Remote Friendly!) to help us build large scale data pipelines').scope).toBe('unspecified');
    expect(read('Acme | Engineer | remote(us) | Full-time').regions).toEqual(['United States']);
  });

  it('hybrid infrastructure on premise is not a way of working', () => {
    expect(read('Acme | Infrastructure Engineer | Onsite\nThe infrastructure is hybrid on premise at distributed sites, as well as in the cloud.').workplace).toBe('onsite');
  });

  it('meeting in person, in-person interviews and in-office lunches are not the arrangement', () => {
    expect(read('Acme | Engineer\nWe meet in person in Lisbon twice a year.').workplace).toBe('unknown');
    expect(read('Acme | Engineer\nThe process ends with in-person interviews in NYC and in-office lunches.').workplace).toBe('unknown');
  });

  it('how some colleagues already work, or a product for remote meetings, is not the arrangement', () => {
    expect(read('Acme | Developer | ONSITE | Bristol, UK\nSome of the dev team work remotely, but all of us are within easy distance of Bristol.').workplace).toBe('onsite');
    expect(read('Acme | Engineer | Onsite Only\nWe do have some 100% work from home employees right now, but do require that you live in the Dallas area.').workplace).toBe('onsite');
    expect(read('Acme | London | On-site | Full-stack Engineer\nAcme is working to create the best remote-meeting solution on the market.').workplace).toBe('onsite');
    expect(read('Acme | Engineers | Europe and USA\nWe power billing with real-time metering and hybrid pricing models.').workplace).toBe('unknown');
  });

  it('colleagues who already work remotely do not make this job remote', () => {
    expect(read('Acme | Oslo, Norway | Onsite | Backend\nWe also have remote engineers in 4 different countries.').workplace).toBe('onsite');
  });

  it('remote for now with the office later is not a remote role', () => {
    expect(read('Acme | Software Engineer | New York, NY | Remote (partial onsite eventually)').workplace).toBe('hybrid');
    expect(read('Acme | Engineer | NYC | currently REMOTE but eventually ONSITE').workplace).toBe('onsite');
    expect(read('Acme | Engineer | ONSITE eventually (Boston, Paris) and REMOTE (US & EU)').workplace).toBe('remote');
    expect(read('Acme | Engineer | REMOTE currently, ideally ONSITE eventually (not strictly required)').workplace).toBe('remote');
  });

  it.each([
    ['Acme | Backend Engineer | Denver | 2 days in-office | Full-time', 'hybrid'],
    ['Acme | Backend Engineer | Leeds | 2x/week in office (Tue, Thu)', 'hybrid'],
    ['Acme | Backend Engineer | Austin | ONSITE (3 days/week)', 'hybrid'],
    ['Acme | Backend Engineer | Lyon | Hybrid (2 days in office)', 'hybrid'],
    ['Acme | Backend Engineer | Oslo (5 days onsite)', 'onsite'],
    ['Acme | Backend Engineer | Oslo\nWe cater lunch 5 days a week.', 'unknown'],
    ['Acme | Backend Engineer | Lyon\nWe are a hybrid team of people and AI agents.', 'unknown'],
  ])('counts of office days in a header: %s → %s', (text, expected) => {
    expect(read(text).workplace).toBe(expected);
  });

  it('gives the sentence that decided as evidence', () => {
    const reading = read('Acme builds tools.\nThis is not a remote role; the team works from our Munich office.');
    expect(reading.evidence).toBe('This is not a remote role; the team works from our Munich office.');
  });
});

describe('readWorkplace: remote scope', () => {
  it.each([
    ['Acme | Engineer | REMOTE (US only)', ['United States']],
    ['Acme | Engineer | Remote (EU timezones preferred)', ['European Union time zones']],
    ['Acme | Engineer | REMOTE / EMEA / UTC±2', ['EMEA']],
    ['Acme | Engineer | Remote | USA', ['United States']],
    ['Fully remote. You must be located in Canada.', ['Canada']],
    ['Acme | Infrastructure Engineer | Remote - UTC+-3', ['UTC+-3']],
    ['Remote, but candidates must be authorized to work in the United States.', ['United States']],
    ['Acme | Senior Developer | REMOTE (Turkey)', ['Turkey']],
    ['Acme | Backend Engineer | ONSITE or REMOTE\nRemote work is fine, within 3 hours of Pacific Time.', ['US time zones']],
  ])('%s is restricted to %j', (text, regions) => {
    const reading = read(text);
    expect(reading.workplace).toBe('remote');
    expect(reading.scope).toBe('restricted');
    for (const region of regions) expect(reading.regions).toContain(region);
  });

  it.each([
    ['Acme | Engineer | REMOTE (China) | Full-time', ['China']],
    ['Acme | Engineer | Remote | Full-time | UK and Ireland', ['United Kingdom', 'Ireland']],
    ['Acme | Engineer | Remote (FR/BE/NL) | Full-time', ['France', 'Belgium', 'Netherlands']],
    ['Acme | Engineer | Remote, US/CA | Contract', ['United States', 'Canada']],
    ['Acme | Engineer | REMOTE(US,CA) | Full-time', ['United States', 'Canada']],
    ['Acme | Engineer | Phoenix, AZ or REMOTE (AZ, CA, MI, MN, TX, WA) | Full-time', ['United States']],
    ['Acme | Engineer | REMOTE, WESTERN HEMISPHERE | Full-time', ['Americas']],
    ['Acme | Engineer | San Francisco, Seattle, Anywhere USA or Europe, REMOTE', ['Europe', 'United States']],
    ['Acme | Engineer | Remote\nThe company is profitable, you can work from anywhere in North or South America.', ['Americas']],
    ['Acme | Engineer | Remote\nWe are looking for candidates located within +/- 1 hour from CET/CEST (Berlin) time zone.', ['European time zones']],
    ['Acme | Data Engineering Internship | REMOTE, preferably UTC+/-3 | INTERNS', ['UTC+/-3']],
    ['Acme | Engineer | Remote\nWe expect candidates to be located in the US and work core hours.', ['United States']],
    ['Acme | Engineering and Design | 4-Hour Overlap with US Eastern | Full-Time | Remote-Only', ['United States']],
    ['Acme | Engineer | Remote\nTime zone: candidates must be in time zones no further west than EST.', ['US time zones']],
    ['Acme | Senior Flutter Developer | Remote | Eastern Time Zone', ['US time zones']],
    ['Acme | Engineer | Remote\nCore collaboration, planning, and reviews happen during PST hours.', ['US time zones']],
    ['Acme | Engineer | Remote | Full-time\nEU-based preferred.', ['European Union']],
    ['Acme | Engineer | Remote\nYou have the right to work in the UK, but enjoy working flexibly.', ['United Kingdom']],
    ['Acme | Developer | Remote\nNOTE: must have working rights in Canada; we work remotely.', ['Canada']],
    ['Acme | SF or Remote | Full Time, US work auth | VP of Engineering', ['United States']],
    ['Acme | Engineer | Remote\nHiring in the US right now.', ['United States']],
    ['Acme | Engineer | Remote\nWe are only hiring within the US, however.', ['United States']],
    ['Acme | Engineer | Remote\n- Ability to work roughly US Mountain Time business hours', ['United States']],
    ['Acme | Senior Full Stack Developer | REMOTE, but only from Europe | Full-Time', ['Europe']],
    ['Acme | Engineer | Remote\nThough we are based in New York, we are open to working with anyone within the continental US.', ['United States']],
    ['Acme | Engineer | Remote\nAt this time, we are only considering Australian residents.', ['Australia']],
    ['Acme | Backend, DevOps | REMOTE, ONSITE | USA, Canada (HQ: San Francisco, CA) | https://acme.example', ['United States', 'Canada']],
    ['Acme | UK/Portugal (EU or similar timezone preferred) | Full-time | REMOTE', ['United Kingdom', 'Portugal']],
  ])('header lists and country codes: %s is restricted to %j', (text, regions) => {
    const reading = read(text);
    expect(reading.scope).toBe('restricted');
    expect(reading.regions).toEqual(regions);
  });

  it('working hours of a region limit a remote role to it', () => {
    expect(read('Acme | Sales Representative | Remote (West Coast hours) | Full-Time').scope).toBe('restricted');
    expect(read('Acme | REMOTE\nThis position is open worldwide as long as you can be available between 2 PM and 8 PM UTC.').scope).toBe('restricted');
  });

  it('where the team is, or a mission to be anywhere, is not where the worker may live', () => {
    expect(read('Acme | Remote\nWe work completely remotely, although our base is in Melbourne, Australia.').scope).toBe('unspecified');
    expect(read('Acme | Engineer | REMOTE\n* 100% remote, distributed across US, Canada, and Estonia').scope).toBe('unspecified');
    expect(read('Acme | Design | Remote\nAcme is fully remote, with people in Singapore, New Zealand, London, and Peru.').scope).toBe('unspecified');
    expect(read('Acme | React Developers | REMOTE\nWe’re fully remote (currently based in UK, Switzerland, South Africa + China), and flexible.').scope).toBe('unspecified');
    expect(read('Acme | Engineer | Remote\nWe are remote, but you must be based in Canada.').scope).toBe('restricted');
    expect(read('Acme | Engineer | Remote\nWe are a remote company with a mostly US-based team.').scope).toBe('unspecified');
    expect(read('Acme | Remote | Engineer\nWe are hiring engineers to build a world where anyone can belong anywhere.').scope).toBe('unspecified');
  });

  it('places the worker travels to do not limit where they live', () => {
    expect(read('Acme | REMOTE mostly, but we meet twice a year (Lisbon, Asia) | Full-time').scope).toBe('unspecified');
  });

  it('lower-case words that look like country codes are not codes', () => {
    expect(read('Acme | Engineer | Remote (de/es content) | Full-time').regions).toEqual([]);
  });

  it.each([
    'Acme | Engineer | Remote (worldwide)',
    'We are an all-remote team spread across the world.',
    'Remote, work from anywhere.',
    'Acme | Backend Engineer | World | Full-time | Remote',
    'Acme | Engineer | REMOTE or in Paris\nYou can be anywhere in the world.',
    'Acme | Engineers | Earth | 100% REMOTE',
  ])('%s is open anywhere', (text) => {
    expect(read(text).scope).toBe('anywhere');
  });

  it('the country a header field puts the positions in limits its remote mention', () => {
    const reading = read('Acme | Multiple positions in United States - WORK FROM HOME | FULL-TIME');
    expect([reading.workplace, reading.scope, reading.regions]).toEqual(['remote', 'restricted', ['United States']]);
    expect(read('Acme | Full-time, Zug Switzerland - ONSITE or REMOTE').scope).toBe('unspecified');
  });

  it('a region beside the header’s remote outweighs "work from anywhere" further down; a world in the header does not yield', () => {
    expect(read('Acme | https://acme.example | Remote (India) | Go, React\nPerks:\n- Remote-first: Work from anywhere.').regions).toEqual(['India']);
    expect(read('Acme | Multiple roles | Anywhere / Austin, TX | Remote (US Only) | Full-Time').scope).toBe('restricted');
    expect(read('Acme | San Francisco, CA | Onsite or remote (US, EU, and worldwide) | Backend Engineer').scope).toBe('anywhere');
    expect(read('Acme | Security | REMOTE(World) / Brno, Czech Republic | Equity').scope).toBe('anywhere');
    expect(read('Acme | Remote (no office), all timezones | Full-time\nWe are a global-remote company.').scope).toBe('anywhere');
  });

  it('hours that must be kept limit "worldwide" however long the sentence', () => {
    const reading = read('Acme | Front End Engineer | REMOTE\nAcme is a 100% remote organization and this position is open worldwide as long as you can be available within the window of 2 PM and 8 PM UTC.');
    expect(reading.scope).toBe('restricted');
  });

  it('the company’s offices and its cloud’s region are not where the worker must be', () => {
    expect(read('Acme | Remote + Hybrid\nRemote-first company with offices in London, New York, Singapore and Berlin.').scope).toBe('unspecified');
    expect(read('Acme | REMOTE | DevOps Engineer\nThat means EU-only cloud providers for application workloads.').scope).toBe('unspecified');
  });

  it('"anywhere in the US" is a restriction, not anywhere', () => {
    const reading = read('Remote: work from anywhere in the United States.');
    expect(reading.scope).toBe('restricted');
    expect(reading.regions).toContain('United States');
  });

  it.each([
    ['Acme | Engineer | REMOTE | Full time\nWe help doctors collaborate remotely, at locations around the world.\nRequirements:\n- Must live in USA', ['United States']],
    ['Acme | Trade Engine | Boston, MA, USA | Remote (Anywhere in USA) | https://acme.example', ['United States']],
    ['Acme | Engineer | Full Time | Remote, anywhere in the United States', ['United States']],
    ['Acme | REMOTE (Global) | Full-time\nAll applicants are welcome, as long as your work can overlap for 4 hours with 9am to 5pm PST on work days.', []],
    ['Acme | Engineer | Global - remote between GMT and GMT+6 or India | full-time', ['GMT+6', 'India']],
    ['Acme is a remote-first organization; this position can be located anywhere across a wide range of time zones (UTC-8 to UTC+3).', ['UTC-8', 'UTC+3']],
  ])('a condition the worker must meet limits "anywhere" and "Global": %s', (text, regions) => {
    const reading = read(text);
    expect(reading.scope).toBe('restricted');
    for (const region of regions) expect(reading.regions).toContain(region);
  });

  it('meetings in a time zone now and then, a team spread over time zones or "within hours" do not limit "anywhere"', () => {
    expect(read('Acme | Staff Architect | Remote\nLocation: Anywhere. Required to take meetings when needed during Eastern Time hours.').scope).toBe('anywhere');
    expect(read('Acme | 100% REMOTE (Global)\nYou will have a development environment within hours and ship on your first day.').scope).toBe('anywhere');
    expect(read('Acme | Engineer | Remote\nYou will have a development environment within hours.').scope).toBe('unspecified');
  });

  it('hiring in a list of places, or one role\'s business hours, do not limit the others', () => {
    expect(read('Acme | Toronto, and more | Onsite & Remote\nWe also have openings at our subsidiary. Hiring in France, Germany, Spain, and London.').scope).toBe('unspecified');
    expect(read('Acme | Worldwide\nWe are remote and hiring. MySQL Engineer. Location - APAC business hours.').scope).toBe('anywhere');
  });

  it('a region offered beside the rest of the world, or "international OK" anywhere in the header, opens the job anywhere', () => {
    expect(read('Acme | St Paul, MN | Full Time | REMOTE\nWe are hiring remote programmers, US or international, as well as local workers.')).toMatchObject({ scope: 'anywhere', regions: [] });
    expect(read('Acme | REMOTE or San Francisco, Los Angeles, Chicago, Boston, New York City, Seattle, Austin, or Washington DC - INTERNATIONAL OK').scope).toBe('anywhere');
    expect(read('Acme | Engineer | Remote (US) | Full-time\nOur customers are in the US or international markets.').scope).toBe('restricted');
  });

  it('a company with its headquarters in a city does not limit its remote jobs to that country', () => {
    expect(read('Acme | Engineer | Remote\nWe are a fully remote company with headquarters in Tallinn, Estonia.').scope).toBe('unspecified');
  });

  it('says nothing when the post does not', () => {
    expect(read('Acme | Engineer | REMOTE | Full-time').scope).toBe('unspecified');
    expect(read('Acme | Engineer | Onsite').scope).toBeNull();
  });

  it('customers worldwide do not make the job open anywhere', () => {
    expect(read('Acme | Engineer | REMOTE\nOur app is used by millions of students worldwide.').scope).toBe('unspecified');
  });
});
