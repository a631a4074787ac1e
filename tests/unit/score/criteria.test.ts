import { describe, expect, it } from 'vitest';
import type { CriterionResult, Posting, Profile } from '../../../lib/model';
import { readSalary } from '../../../lib/score/salary';
import { DEFAULT_PROFILE, score } from '../../../lib/score/score';
import { posting } from './fixtures';

function criterion(id: string, fields: Partial<Posting> & { description: string }, profile: Profile = DEFAULT_PROFILE): CriterionResult {
  const result = score(posting(fields), profile).criteria.find((entry) => entry.id === id);
  if (!result) throw new Error(`no criterion ${id}`);
  return result;
}

describe('ml-data: the role itself is ML / data / retrieval work', () => {
  it.each([
    'Acme | Senior Data Scientist | Remote',
    'Acme | Machine Learning Engineer, Backend Engineer | NYC',
    'We are hiring a Search Relevance Engineer to improve ranking for our marketplace.',
    'As a software engineer you will build and train models that rank recommendations for millions of users.',
    'Open roles:\n- Analytics Engineer\n- Frontend Engineer',
    'You will design and maintain the data pipelines that feed our warehouse.',
    ])('met: %s', (description) => {
    const result = criterion('ml-data', { description });
    expect(result.met).toBe(true);
    expect(result.evidence).toBeTruthy();
    expect(description).toContain(result.evidence!.replace(/…$/, ''));
  });

  it.each([
    'Acme is an AI company using machine learning to predict crop yields. We are hiring a Frontend Engineer (React).',
    'Acme | Backend Engineer | Remote\nYou will work alongside our data scientists and ML researchers.',
    'Acme | Full-stack Engineer\nNice to have: experience with machine learning.',
    'We are a team of developers and data scientists. We are hiring an iOS engineer.',
  ])('not met: %s', (description) => {
    expect(criterion('ml-data', { description }).met).toBe(false);
  });

  it.each([
    'Finch | Research Engineer | Remote\nWe need engineers who train our models and run pretraining experiments.',
    'Orbit | Software Engineer | Lisbon\nYou will own post-training and evals for our coding model.',
    'Kestrel | Senior Engineer | Boston\nYou will build the inference infrastructure that serves our models.',
    'Acme | Performance Engineer | Berlin\nYou will optimize DL inference performance on new accelerators.',
    'Acme | Software Engineer | NYC\nYou will build AI agents that reconcile invoices for finance teams.',
    'Acme | Founding Engineer | Remote\nYou will design the agent harness and its memory.',
    'Acme | Software Engineer | Toronto\nYou will develop medical imaging algorithms for CT scans.',
    'Acme | Bioinformatics Engineer | Remote\nYou will build compute pipelines for genetic data.',
    'Acme | Senior Engineer | Remote\nYou will own our data layer and the discovery pipelines that feed it.',
    'Acme | Staff SWE, AI | Staff SWE, Product | Lisbon',
    'Acme | Senior Engineer - Backend & AI Infra | NYC',
    'Acme | Multiple Roles\n- ML Infra Software Engineer: https://example.org/1\n- Product Designer: https://example.org/2',
    'We are hiring engineers who are excited to scale GPU inference and build tools for chemists.',
    'Acme | Backend/Data/Mobile | Remote | Full-Time',
    'Acme | Lisbon | Engineering (platform and product teams), Data, Product | acme.example',
    'We are building out our team in these areas:\n* Bayesian Software Engineering\n* Finance Operations',
    'Help us build the personalization systems behind every recommendation we show.',
    'Acme | Senior Software Engineer - Infrastructure, Machine Learning | Remote',
    'Acme | Machine Learning Devs | Toronto',
    'Acme | Hiring:\n- AI Platform and Product Engineers\n- Lead Product Designer',
    'Acme | Agent Engineer | Hybrid - Los Angeles',
    'Engineers at Acme will be solving hard problems at the intersection of big data pipelines and frontend apps.',
    'Why Acme? You will:\n-Deploy text classification and audio processing ML pipelines; understand calls at scale',
    'Acme | NYC | Full-Stack Engineering, LLM Applications Engineers | In-Person',
    'Acme | Data Analytics Manager | Remote',
    'We have positions open across the following teams:\n+ Developer Productivity\n+ ML Infrastructure',
    'At Acme we build agentic systems for businesses.\nYou’ll work on:\nProduction AI agents used by real customers\nAgent orchestration',
    'The role involves full stack work with our analysts to figure out how to best integrate LLMs into the business.',
    'Acme | Remote in US+Canada\nHigh-priority technical roles in ML, Senior Cybersecurity Analyst, Infrastructure Engineering',
    'Acme | Atlanta\n* Software Engineer, Subtext - AI agents, Go, TypeScript',
    'Acme | Hiring Interns\nAI/SWE Intern (Now and Summer 2026)',
    'Acme | NYC\nWe’re hiring across:\n- Software Engineers (Full-stack, Infra)\n\n- AI / Research Engineers',
    'Acme | SF | Onsite\nWe’re hiring Forward-deployed (customer success), AI, and Platform Engineers: https://example.org/jobs',
    'Acme | Malta\nOpen positions:\n- Machine Learning and Backend Engineers: people with 2 years’ experience',
    'Acme (YC W25) Is Hiring ML, Design, and Product Engineers',
    'Acme | 1x Product + 1x ML Staff Engineer | Santa Clara, CA',
    'Acme | SWE, Data & ML | Remote CET / EST | Contract',
    'Acme Data | Senior Software Engineer (Vector DB) | US Redmond/Remote',
    'Acme | Remote\nEngineering Manager, Data Products: https://example.org/1',
    'Acme | Remote (US only)\nThere are openings in frontend, backend, mobile (iOS and Android), data science, analytics, design.',
    'Acme | NYC\nRoles:\n* Senior Backend Engineer (Python, Django)\n* Machine Learning Scientist (PyTorch, R or Matlab, PhD preferred)',
    'Acme | Sr. Software Engineer | NYC Hybrid\nYou’ll directly contribute to our voice agent infrastructure and build tooling to evaluate agents.',
    'Acme | Founding Engineer | SF\nRole: Full AI stack + product. Agent orchestration, evals, RAG, prompt chaining, and customer-facing features.',
    'Acme | Senior Software Engineer | REMOTE (US)\nWho we’re looking for: You’ve built agentic systems that shipped to production.',
    'Acme | https://example.org/eng | Full Stack, Data Science, Mobile, Computer Vision, Front End | Full-time Onsite',
    'Acme | algorithms/AI eng and product mgmt | Remote | Full Time',
    'Acme | DevOps | ONSITE (Berlin)\nWe do fundamental machine learning research. One of your responsibilities will be to ship these machine learning applications into production.',
    'Acme | https://acme.com | SOHO, NYC | Full-time | Onsite\nWe are hiring:\nSenior Marketing Analyst (https://example.org/jobs/1)',
    'Acme | Vancouver, BC | Onsite\nMultiple roles are open at a range of experience, including focuses on electrical engineering, medical image processing, computer vision, and mechanical design.',
    'Acme | San Francisco, CA / Remote\nOpen roles:\n- ML Performance & Systems Engineer, https://example.org/careers/1\n- AI Safety Researcher',
    'Acme | NYC (In-Office) | Full-Time\nHiring:\n\nLead Software Engineer — Design and build LLM-driven workflows to ingest and normalize data from disparate sources.',
    'Acme | Remote (in Europe) | Multiple roles\nOpen roles:\n* Sr Digital Analyst (Ad Monetization): https://example.org/jobs/1',
    'Acme Hospital | Bioinformatics engineer | Philadelphia, PA | Full-time | Onsite',
    'Acme | Backend, Fullstack, DataEng | San Francisco, CA | Full-Time | ONSITE or REMOTE',
    'Acme | Senior Frontend Product Engineer | London\nWe are looking for a Senior Product Engineer with strong design skills to shape our product. Specifically:\n\n- Lead on the deployment of LLMs as an enhancement to traditional interfaces\n\n- Own feature developments across the frontend',
    'Acme | multiple roles | Remote within Ireland\n\n* Machine Learning / Data Science Engineers - multiple positions - https://example.org/careers/?p=job%2Fo9B1234567890abcdef',
    'Acme | Remote\nWe’re hiring across Engineering (Full-stack and Infra) and Data Science / ML roles. Hiring at Manager level as well.',
    'Acme | 10 Engineering roles | Remote\nP.S: We have a new role coming up: Staff SWE, Agentic AI.',
    'Acme | AI Development Associate | Remote (US)\nYou’ll extend our agentic AI copilot embedded in our portfolio-management web app.',
  ])('met by 2020s ML duties and titles: %s', (description) => {
    const result = criterion('ml-data', { description });
    expect(result.met).toBe(true);
    expect(description).toContain(result.evidence!.replace(/…$/, ''));
  });

  it.each([
    'Acme | healthcare, machine learning | Senior Backend Engineer | Remote',
    'Acme | Full-stack Engineer | Remote\nYou will ship product features powered by AI to our customers.',
    'Acme | Sales Engineer | Remote\nAcme is AI observability, evals, and guardrails.',
    'Acme | Software Engineer | Remote\nPeople use Acme for inference, training, and batch jobs.',
    'Acme | payments, data, analytics | Backend Engineer | Remote',
    'Acme | Security, Machine Learning | Backend Engineer | Remote',
    'Acme | Senior Full-Stack Engineer | Berlin\nWe want ten years of full stack experience and optionally some experience building LLM based products.',
    'Acme | DevOps Engineer | Amsterdam\nYou will design scalable solutions using technologies like Airflow, Grafana and Docker.',
    'Acme | Full-stack Engineer\nYou would be building internal tooling for data scientists and machine learning/modeling experts.',
    'Acme | Software Engineer, frontend & data visualization | Remote',
    'Acme | Software Engineer - Data Plane Team | Berlin',
    'Acme | Senior Engineer | Remote (US)\nYou mentor others in code design, systems thinking, and driving AI agents effectively.',
    'Acme | Onsite\nWe’re looking for engineers to join our team, where we’re developing a mobile app that uses computer vision to coach gamers.',
    'Acme | Frontend Interns | NYC\nOur cross-functional Growth team consists of engineers, product managers and data scientists, so you’ll learn a lot.',
    'Acme | Backend Engineer | Remote\nThe fastest way to stand out is to show us something you’ve built: a production system, an application, or a data platform you designed.',
    'Acme | Bangalore | Full-time | ONSITE Acme is a customer journey platform. We make it super simple to build AI agents for enterprises. Open roles: Senior Software Engineer.',
    'Acme | Lead Engineer | London | Hybrid\nYou will:\n- Stack: Full-stack applications using TypeScript, React, Node.\n- Integrations: Embedding our tech into e-commerce platforms like Shopify.',
    'Acme AI | Head of Developer Relations | Remote\nWe’re looking for a Head of Developer Relations to help make Acme the default stack for evaluating AI agents.',
    'Acme | Software Engineer | Hybrid\nWe’re hiring software engineers to build the core platform: APIs, backend systems, data infrastructure, and front-end interfaces.',
    'Acme | Product Engineer | San Francisco\nWe are looking for a Product Engineer to build the interfaces between humans and AI agents running software for them.',
    'Acme | NYC\nWe’re hiring two engineers.\n\nBackend Engineer — Build the financial and data infrastructure powering Acme: payments, ledgers, integrations.',
    'Acme | Senior Frontend/Full-stack Engineer | On-site\nHiring senior frontend engineers.\n\nOur stack:\n\n- React.js and React Native\n\n- Airflow\n\n- AWS (Lambda)',
    'Acme | Full Stack/Product Engineer | REMOTE\nWe’re looking for remote generalist engineers to build web applications, APIs, and data infrastructure.',
    'Acme | Senior Cloud Software Engineer - Distributed Systems | Remote\nPS: If you’re a pure DevOps person or a pure Data Engineer who wrangles data tools, please read the requirements carefully.',
    'Acme | Backend Engineer | Remote\nThis is not a data scientist position and no prior ML experience is required.',
  ])('not met by topic tags or an AI company pitch: %s', (description) => {
    expect(criterion('ml-data', { description }).met).toBe(false);
  });

  it('reads the duties of a post for one sales or marketing role as selling the topic, not building it', () => {
    const description = 'Acme (Tabstack) | Founding GTM Lead | Remote (US/Canada) | Full-time\nThe Role:\n- Own messaging/positioning for a technical audience (LangChain, Playwright, LLM orchestration).';
    expect(criterion('ml-data', { description, title: 'Founding GTM Lead' }).met).toBe(false);
    expect(criterion('ml-data', { description, title: 'Founding GTM Lead, ML Engineer' }).met).toBe(true);
  });

  it('counts the user’s own keywords', () => {
    const profile: Profile = { ...DEFAULT_PROFILE, criteria: { ...DEFAULT_PROFILE.criteria, 'ml-data': { enabled: true, weight: 30, keywords: ['geospatial'] } } };
    expect(criterion('ml-data', { description: 'Acme | Geospatial engineer | Remote' }, profile).met).toBe(true);
  });
});

describe('open-source: the employer makes open source, not merely uses it', () => {
  it.each([
    'Acme | Engineer | Remote\nOur core database is open source (Apache 2.0) and we maintain it in public.',
    'You will spend half your time contributing to the open-source projects we maintain.',
    'Open source contributions are a big plus.',
    'We are an open-source company: https://github.com/acme-labs',
    'We value contributing fixes upstream to the tools we depend on.',
    'Hatchet is an open-source platform for running background jobs at scale.',
    'Open-source usage-based billing for modern companies.',
    'Strong TypeScript skills and proven open-source experience required.',
    'Acme Mail is built on open standards we invented and open source software we published.',
    'We have dedicated time for blogging, talks and contribution to FOSS.',
    'We co-founded the Bytecode Alliance and heavily upstream our work to open standards.',
    'We founded Acme, which is built on open source software and is open source itself.',
    'We pride ourselves on openness. All of our software is available in GitHub.',
    'Acme | Technical Community Manager | Remote\nWe are the company behind very popular open-source tools for ML workflows.',
    'Acme | Engineers | Remote\nWe run some of the largest Kubernetes clusters in the industry, have open sourced some extremely successful data tools, and are growing.',
    'Acme | Engineer | REMOTE\nBuilt on Envoy, the Acme Edge Stack is available in both open-source and commercial editions.',
    'Acme | Europe | Remote | Full-time | The AI-Native, Open-source, usage-based billing platform.',
    'Acme | Onsite\nSome links:\n- Open-sourcing our research: https://example.org/blog/release',
    'Acme | Developer Relations | ONSITE\nStrong TypeScript full-stack + proven open-source/DevRel experience required.',
    'Acme | Research engineer | ONSITE\nFlexible work time, stimulating work environment, only open source, proper SW engineering.',
    'Acme | Software Engineer | Boston\nYour work will be mainly open-source and have visibility in the Synthetic Biology and Laboratory Automation fields.',
    'Acme | Software Engineer, Quantum Applications & SDK\nDevelop and maintain open source tools and libraries for quantum programming.',
    'Acme | Engineers | Remote\nAcme provides open source error tracking that shows you every crash in your stack.',
    'Acme | Engineers | Remote\nProjects:\n- Comma IDE, an open-source IDE for Raku (Perl 6)',
    'Acme | Engineers | Remote\nAcme has solid open-source traction with over 13,000 GitHub stars.',
    'Acme | C++ RUST Bitcoin | Miami | ONSITE\n\nAcme’s chief product is the Char Network. The Char Network is a (to be) open-sourced sequencer for Layer 2s secured by Bitcoin.',
    'Stackwatch | Backend Engineer | Remote\nStackwatch is the company behind Kubecost https://github.com/kubecost/cost-model .',
    'Acme | Backend Engineer | Remote\nJoin us to hack on https://github.com/gravitational/teleport anywhere in the US.',
    'Acme | GPU Performance Engineer\nWave codebase: https://github.com/iree-org/wave',
  ])('met: %s', (description) => {
    expect(criterion('open-source', { description }).met).toBe(true);
  });

  it.each([
    'Our stack: Postgres, Linux, React and Python.',
    'We use open source tools such as Kafka and Kubernetes.',
    'Please complete the exercise at https://github.com/acme/code-challenge and apply.',
    'We build an open source intelligence platform for analysts.',
    'We’re focusing on building a platform to analyze and rank all open source code, starting with npm.',
    'You will wrangle the Linux systems that run a mix of open-source software and our closed-source tooling.',
    'We offer managed cloud services built from the best open source databases.',
    'Join a small team of engineers that includes ex-founders and open source contributors.',
    'Our recruitment process is short and public: https://github.com/acme/our-team/blob/main/join-us/process.md',
    'Our culture is forward thinking, with a clear set of principles: https://github.com/acme/engineering-principles',
    'Acme | Engineer | Remote\nThe take-home challenge repository is at https://github.com/acme/backend-challenge.',
  ])('not met: %s', (description) => {
    expect(criterion('open-source', { description }).met).toBe(false);
  });

  it('counts a link to the company’s own GitHub organisation', () => {
    expect(criterion('open-source', { company: 'Zed Industries', description: 'See our work at https://github.com/zed-industries/zed' }).met).toBe(true);
  });
});

describe('employment', () => {
  const types = (description: string, fields: Partial<Posting> = {}) => score(posting({ description, ...fields }), DEFAULT_PROFILE).employment;

  it.each([
    ['Acme | Engineer | Full-time | Remote', ['full-time']],
    ['Acme | Engineer | FT | Remote', ['full-time']],
    ['Acme | Engineer | Contract or full time', ['full-time', 'contract']],
    ['We hire freelancers and contractors welcome.', ['contract']],
    ['Part-time role, 20 hours a week.', ['part-time']],
    ['Full-time roles and summer interns.', ['full-time', 'internship']],
    ['Senior Engineer | $150k 1099', ['contract']],
    ['Senior Engineer | $150K - 180K a year 1099 for US', ['contract']],
    ['Small boutique consulting | Remote (US) | part-time/flexible/1099', ['part-time', 'contract']],
    ['Engineering co-op positions for students, four months.', ['internship']],
    ['Acme | NYC\nOpen roles:\n- Not your typical Internship (NY): https://example.org/jobs/1', ['internship']],
    ['Acme | Product Engineer - Web & UI | Remote (Germany/UK) | Full or part-time', ['full-time', 'part-time']],
    ['Acme | Full-Stack AI Engineer (Contract) | REMOTE (US)\nPotential to convert to a full-time role as the practice grows.', ['contract']],
    ['Acme | Various roles | Full-time, Remote\nProduct Designer: https://angel.co/company/acme/jobs/682927-freelance-full-stack-designer', ['full-time']],
    ['Acme | Engineers | Remote | Contract / Project-based', ['contract']],
    ['Acme | Remote\nGeneralist hacker, project based or initially part time.', ['part-time', 'contract']],
    ['Acme | hourly consultant | remote', ['contract']],
    ['Acme | Platform | Full-time\nNew grads: if you’ve had 2+ internships at large companies, apply.', ['full-time']],
    ['Acme | Assistant | Remote\nYou will draft reports, but that isn’t full time. Can be contractor or on the books.', ['contract']],
  ])('%s → %j', (description, expected) => {
    expect(types(description)).toEqual(expected);
  });

  it.each([
    'We write smart contracts in Solidity.',
    'Senior Security Consultant | Boston | Onsite',
    'Offices in Ft. Lauderdale and Boston.',
    'Freelance or agency experience is a plus.',
    'Our internal tools team is growing.',
    'Help support-contract customers and write unit/integration/contract/E2E tests.',
    'Our platform simplifies contract drafting and review.',
    'Coop (https://coop.example) | iOS Engineer | Austin',
    'Requirements: minimum of 3+ years of experience beyond intern level.',
    'As a consultant at Yoisho you will work mostly from our customers’ premises.',
    'Achievement of 50 half marathons last year while managing a full-time project.',
    'We classify medical referrals and automate contract and reimbursement search for patients.',
    'Acme | Engineer | Remote\nNo offers from recruiting firms or contractors, please.',
    'Acme | Engineer | Onsite\nNote: I currently don’t have openings for interns or recent college grads.',
    'We work in small project-based teams and offer project based DevOps consulting services.',
  ])('states no employment type: %s', (description) => {
    expect(types(description)).toEqual([]);
  });

  it('adds a board’s structured employment field to the text', () => {
    expect(types('Build things.', { employment: ['part-time'], source: 'jsonld' })).toEqual(['part-time']);
  });

  it('meets the profile when a wanted type is offered', () => {
    expect(criterion('employment', { description: 'Acme | Engineer | Contract' }).met).toBe(true);
    expect(criterion('employment', { description: 'Acme | Engineer | Internship' }).met).toBe(false);
    expect(criterion('employment', { description: 'Acme | Engineer' }).met).toBeNull();
  });
});

describe('salary', () => {
  const floor: Profile = { ...DEFAULT_PROFILE, salaryFloor: { amount: 120_000, currency: 'USD', period: 'year' } };
  it('compares the top of the range with the floor', () => {
    expect(criterion('salary', { description: 'Acme | Engineer | $130k - $160k' }, floor).met).toBe(true);
    expect(criterion('salary', { description: 'Acme | Engineer | $80,000 - $100,000' }, floor).met).toBe(false);
    expect(criterion('salary', { description: 'Acme | Engineer | £45-65k' }, floor).met).toBeNull();
    expect(criterion('salary', { description: 'Acme | Engineer' }, floor).met).toBeNull();
  });

  it.each([
    ['We recently raised a $54M Series B led by Accel.\nStaff Software Engineer - $200K-275K + equity', '$200K-275K'],
    ['We have recently raised more than $140 million.\nFull Stack Engineer ($190k-270k)', '$190k-270k'],
    ['$105,000 Minimum Salary + Equity', '$105,000'],
    ['$160K–$200K + seed-stage equity', '$160K–$200K'],
  ])('reads pay, not the money a company raised: %s', (description, pay) => {
    expect(readSalary(description, description.toLowerCase())?.salary.text).toBe(pay);
  });

  it('reads a range written with a tilde', () => {
    const description = '* Senior Software Engineer, Data Pipeline - $160~180k USD + up to 10% bonus';
    expect(readSalary(description, description.toLowerCase())?.salary.text).toBe('$160~180k');
  });

  it.each([
    'We just closed an $11M Series A in August.',
    'We have over $300M in transactions per year passing through our platform.',
    'We have secured 500k USD in funding from Polymath Ventures.',
    'Pick Florida for a median house price of about $150,000.',
    'I currently have 145 customer commitments running on a negligible burn (~$100/month for ads).',
    'Full-cycle deals from SMB to mid-market (€10k–€200k ARR).',
  ])('finds no pay in: %s', (description) => {
    expect(readSalary(description, description.toLowerCase())).toBeNull();
  });
});

describe('seniority and teaching', () => {
  it('reads the level', () => {
    expect(criterion('seniority', { description: 'Acme | Senior Data Engineer' }).met).toBe(true);
    expect(criterion('seniority', { description: 'Acme | Junior Developer' }).met).toBe(false);
    expect(criterion('seniority', { description: 'Acme | Developer' }).met).toBeNull();
  });

  it('finds teaching and writing duties', () => {
    expect(criterion('teaching', { description: 'You will write tutorials and run workshops for our users.' }).met).toBe(true);
    expect(criterion('teaching', { description: 'Acme | Backend Engineer | Remote' }).met).toBe(false);
    expect(criterion('teaching', { description: 'Acme | Security Engineer\nEstablish secure code practices and teach them to other engineers.' }).met).toBe(true);
  });

  it.each([
    'Acme | Backend Engineer | Remote\nTech stack: doesn’t matter, we’ll teach you.',
    'Acme | Engineer\nYou own features from schema to UI and care about developer experience.',
    'Acme | Engineer\nTech companies use our platform to teach real-world usage of their products.',
  ])('what the hire learns, developer experience or a product that teaches is not teaching work: %s', (description) => {
    expect(criterion('teaching', { description }).met).toBe(false);
  });
});

describe('dealbreakers', () => {
  it.each([
    ['Acme | Engineer | Onsite in Paris', 'On-site only'],
    ['Acme | Engineer | Hybrid, 3 days a week in the office', 'Hybrid'],
    ['Acme | Engineer | Remote\nAn active TS/SCI clearance is required.', 'Security clearance'],
  ])('%s is a dealbreaker (%s)', (description, reason) => {
    const evaluation = score(posting({ description }), DEFAULT_PROFILE);
    const result = evaluation.criteria.find((entry) => entry.id === 'dealbreakers')!;
    expect(result.dealbreaker).toBe(true);
    expect(result.evidence).toContain(reason);
    expect(evaluation.verdict).toBe('skip');
  });

  it('a remote region that excludes the user is a dealbreaker once the country is known', () => {
    const german: Profile = { ...DEFAULT_PROFILE, country: 'DE' };
    const american: Profile = { ...DEFAULT_PROFILE, country: 'US' };
    const description = 'Acme | ML Engineer | Remote (US only)';
    expect(score(posting({ description }), german).verdict).toBe('skip');
    expect(score(posting({ description }), american).criteria.find((c) => c.id === 'dealbreakers')!.dealbreaker).toBe(false);
    // Without a country the restriction earns part of the points and says why.
    const unknown = score(posting({ description }), DEFAULT_PROFILE).criteria.find((c) => c.id === 'remote')!;
    expect(unknown.points).toBeGreaterThan(0);
    expect(unknown.points).toBeLessThan(unknown.maxPoints);
    expect(unknown.evidence).toContain('country is not set');
  });

  it('relocation, for a user who would otherwise take office work', () => {
    const officeOk: Profile = { ...DEFAULT_PROFILE, dealbreakers: { ...DEFAULT_PROFILE.dealbreakers, onsiteOnly: false } };
    const evaluation = score(posting({ description: 'Acme | Engineer | Munich\nYou must relocate to Munich.' }), officeOk);
    expect(evaluation.workplace).toBe('onsite');
    expect(evaluation.criteria.find((entry) => entry.id === 'dealbreakers')!.evidence).toContain('Relocation');
    expect(evaluation.verdict).toBe('skip');
  });

  it('the user’s own phrases', () => {
    const profile: Profile = { ...DEFAULT_PROFILE, dealbreakers: { ...DEFAULT_PROFILE.dealbreakers, phrases: ['on-call'] } };
    expect(score(posting({ description: 'Acme | Remote | Weekly on-call rotation.' }), profile).verdict).toBe('skip');
  });
});
