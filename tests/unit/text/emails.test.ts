import { describe, expect, it } from 'vitest';
import { authorAddresses, findEmails } from '../../../lib/text/emails';

describe('findEmails', () => {
  it.each([
    ['Write to jobs@acme.io.', ['jobs@acme.io']],
    ['Email me@Foo.COM. We reply within a day.', ['me@foo.com']],
    ['<a href="mailto:Hiring@Acme.com">apply</a>', ['hiring@acme.com']],
    ['jobs at acme dot com', ['jobs@acme.com']],
    ['jobs [at] acme [dot] io', ['jobs@acme.io']],
    ['jobs(at)acme.com', ['jobs@acme.com']],
    ['ping tyler AT hustle DOT com', ['tyler@hustle.com']],
    ['write to megan DOT dose AT peek DOT com', ['megan.dose@peek.com']],
    ['email pradeep dot mishra @ nielsen dot com', ['pradeep.mishra@nielsen.com']],
    ['reach out to me directly: jacob {@} wearekettle.com', ['jacob@wearekettle.com']],
    ['Contact julien _AT_ serpapi.com', ['julien@serpapi.com']],
    ['a resume (or similar): adnelso @at amazon.com', ['adnelso@amazon.com']],
    ['shoot me an email at tony (dot) baron at-sign lendkey.com', ['tony.baron@lendkey.com']],
    ['email xav at otta.com with questions', ['xav@otta.com']],
    ['first (dot) last [at] acme (dot) io', ['first.last@acme.io']],
    ['write x dot y dot z at acme dot com', ['x.y.z@acme.com']],
    ['reach ana (@) widgets.dev or bo @ acme.io', ['ana@widgets.dev', 'bo@acme.io']],
    ['jobs@acme.com', ['jobs@acme.com']],
    ['Please reach out at roger.goldfinger at quizlet dot com.', ['roger.goldfinger@quizlet.com']],
    ['Shoot me a message at jobs at ferncreeksoftware.com', ['jobs@ferncreeksoftware.com']],
    ['Apply at https://widgets.org/work-with-us\n\nsay hi: jobs at widgets.org', ['jobs@widgets.org']],
    ['Contact: jobs -- at -- kyber.media (subject: “HN job”)', ['jobs@kyber.media']],
    ['email me at rob - at - bisontrails.co or eli-at-acme.com', ['rob@bisontrails.co', 'eli@acme.com']],
    ['reach out to me directly on kev ( at ) yuzu ( dot ) health', ['kev@yuzu.health']],
    ['email me at timols(at )zenput( dot)com. No recruiters', ['timols@zenput.com']],
    ['Apply: email jobs+hn [the-at-mark-thing] versafeed [the-period-thing] com', ['jobs+hn@versafeed.com']],
    ['Email: kpolevoy [at-symbol] gmail [dot] com', ['kpolevoy@gmail.com']],
    ['Drop us an email to hn ~at~ sheerhealth.com if these sound interesting!', ['hn@sheerhealth.com']],
    ['Email hn ~at~ korva ~dot~ health with a bit about yourself.', ['hn@korva.health']],
    ['If you are interested, email me at colin(at)bagel(dot)md with a resume.', ['colin@bagel.md']],
    ['Questions? careers AT compile.com', ['careers@compile.com']],
    ['Feel free to reach out to me directly alan ⒜ segment.com (but please do apply on the site).', ['alan@segment.com']],
    ['If interested, email me (co-founder & cto): iz|at|datagrail.io', ['iz@datagrail.io']],
    ['Email us with any questions at hn-apply | at | taxfyle | dot | com', ['hn-apply@taxfyle.com']],
    ['Please reach out with questions! josh.mauk[~at~]picstars.com', ['josh.mauk@picstars.com']],
    ['Email me (Celeste) at creppond(@)moveworks(.)ai and mention Hacker News.', ['creppond@moveworks.ai']],
    ['Ping me on crowe[@]Canva[.]com for a referral.', ['crowe@canva.com']],
    ['If interested, please shoot me an email - kmganesh -AT- kmganesh . com', ['kmganesh@kmganesh.com']],
    ['Contact bjorn at Edument dot se for details.', ['bjorn@edument.se']],
    ['Send your resume to softwarejobs@spacex.com-- we read every one.', ['softwarejobs@spacex.com']],
    ['More details on the site, or send me an email - hello at bedful.com.', ['hello@bedful.com']],
    ['feel free to email directly with questions -> tim (at-squiggle) costarastrology.com', ['tim@costarastrology.com']],
    ['Apply at hiring (-at-) artificialanalysis.ai with your resume', ['hiring@artificialanalysis.ai']],
  ])('%s → %j', (text, expected) => {
    expect(findEmails(text)).toEqual(expected);
  });

  it.each([
    'Try it: docker run -e ADMIN_EMAIL=your@email.address acme/server',
    'Find jobs at acme.com today.',
    'I am at home at last. firstname at acme.com is not an address.',
    'Find us at acme.com or email us at our website.',
    'Senior Engineer at Privacy.com, apply at lyft.com',
    'Use firstname@company.com as a template.',
    'Our logo@2x.png is crisp.',
    'Visit us at www.acme.com',
    'Please apply via `ssh apply@krea.engineering`',
    'See http://careers.acme.com/careers-at-acme.php for roles',
    'Try the product at sumble.com. We are a team of 25.',
  ])('finds no address in: %s', (text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it('keeps the whole address when "me at" precedes a real one', () => {
    expect(findEmails('email me at jane.doe@acme.com')).toEqual(['jane.doe@acme.com']);
  });

  it('forms the address from a riddle only with the company’s own domain', () => {
    expect(findEmails('Acme | Austin\nEmail me: my first name, evan, at acme’s domain.')).toEqual(['evan@acme.com']);
    expect(findEmails('Apply at https://www.widgets.io/careers or email me (def + @<company address>).')).toEqual(['def@widgets.io']);
    expect(findEmails('Email me at our domain.')).toEqual([]);
    expect(findEmails('Acme (https://www.acme-homes.com) | SF\nWe would love to hear from you. yan at [our domain].com')).toEqual(['yan@acme-homes.com']);
    expect(findEmails('Classic (https://classic.com) | Remote\nTo apply, reach out to me at luke @ the company domain.')).toEqual(['luke@classic.com']);
    expect(findEmails('Berbix | Full-stack engineer | Onsite\nMy email address is eric [at] [company-name] .com')).toEqual(['eric@berbix.com']);
    expect(findEmails('Acme Widgets Inc | Engineers\nMy email address is eric [at] [company-name] .com')).toEqual([]);
    expect(findEmails('Widgets (YC S11) | Analysts | Remote\nI’m Scott, the founder. My email is scott at company name dot com.')).toEqual(['scott@widgets.com']);
  });

  it('reads a "dot" run together with the top-level domain, but not in a sentence about a dotcom', () => {
    expect(findEmails('Please contact us at jobs at widgets dotcom. No recruiters.')).toEqual(['jobs@widgets.com']);
    expect(findEmails('Before this I worked at a dotcom, then at the dotcom of a bank.')).toEqual([]);
  });

  it('completes "name@company" with the company’s one website of that name', () => {
    expect(findEmails('Widgets | Remote\nWould you like to know more? maria@widgets\nDetails: https://www.widgets.dev/careers/1')).toEqual(['maria@widgets.dev']);
    expect(findEmails('Widgets | Remote\nReach out to me directly - omar@widgets.')).toEqual([]);
    expect(findEmails('Widgets | Remote\nWrite omar@gadgets. Details: https://widgets.dev/careers')).toEqual([]);
    expect(findEmails('Widgets | Remote\nThe salary@Widgets is above average. Details: https://widgets.dev/careers')).toEqual([]);
  });

  it.each([
    ['Questions to careers "at" widgets.dev please.', ['careers@widgets.dev']],
    ["Send your CV: talent 'at' acme.io", ['talent@acme.io']],
    ['Reach me at ana “at” example.org.', ['ana@example.org']],
  ])('a quoted "at": %s → %j', (text, expected) => {
    expect(findEmails(text)).toEqual(expected);
  });

  it('completes a bare "name@" with the company’s one website', () => {
    expect(findEmails('Widgets | https://widgets.dev | Remote\nCurious? Drop a line to maria@ and mention HN.')).toEqual(['maria@widgets.dev']);
    expect(findEmails('Widgets | widgets.dev | Remote\nApply: omar@, subject "HN"')).toEqual(['omar@widgets.dev']);
    expect(findEmails('Widgets | Remote\nApply at https://widgets.dev/jobs. Or: omar@ for a direct line.')).toEqual(['omar@widgets.dev']);
    expect(findEmails('Widgets | https://widgets.dev | SF\nI’m a founder (mike@). Apply directly or email jobs@ and CC me.')).toEqual(['mike@widgets.dev', 'jobs@widgets.dev']);
    expect(findEmails('Widgets | Remote\nsend us an email to team@!\n[0]: https://blog.widgets.org/seed')).toEqual(['team@widgets.org']);
  });

  it('leaves a bare "name@" alone when the company’s website is unknown or ambiguous', () => {
    expect(findEmails('Widgets | Remote\nApply: omar@ for a direct line.')).toEqual([]);
    expect(findEmails('Widgets | Remote\nSee https://widgets.dev and https://gadgets.io. Write omar@ anytime.')).toEqual([]);
    expect(findEmails('Widgets | https://jobs.lever.co/widgets\nWrite omar@ anytime.')).toEqual([]);
  });

  it('a job title before "at" is not a local part', () => {
    expect(findEmails('We are hiring a Senior Data Analyst at Q3.org, remote.')).toEqual([]);
    expect(findEmails('Staff Product Designer at Tiles.io')).toEqual([]);
  });

  it('English "at" before a site stays English, even with a company name spelled "Dot" or a rarer top-level domain', () => {
    expect(findEmails('Find out more about what’s coming next at ceramic.network.')).toEqual([]);
    expect(findEmails('We’re growing the team at This Dot Labs and hiring senior engineers.')).toEqual([]);
    expect(findEmails('See more opportunities at pomelocare.com/careers')).toEqual([]);
    expect(findEmails('Write to talent@justwatch.com . We read everything.')).toEqual(['talent@justwatch.com']);
    expect(findEmails('Acme | Atlanta | Onsite | Full-time')).toEqual([]);
    expect(findEmails('Dozens of people contribute in our own public Zulip instance at chat.zulip.org.')).toEqual([]);
  });

  it('a website’s host after a worded "at" is not a mail domain', () => {
    expect(findEmails('You can check out our docs and open-source developer tooling at docs.thru.org and on GitHub.')).toEqual([]);
  });

  it('completes "(my HN username)@domain" with the post’s author', () => {
    expect(authorAddresses('Email (my HN username)@widgets.dev with a CV.', 'ana_k')).toEqual(['ana_k@widgets.dev']);
    expect(authorAddresses('Write [my hn handle] at widgets.dev', 'bo')).toEqual(['bo@widgets.dev']);
    expect(authorAddresses('Email jobs@widgets.dev', 'bo')).toEqual([]);
  });

  it('lists each address once, in order', () => {
    expect(findEmails('b@x.com, a@y.com and again b@x.com')).toEqual(['b@x.com', 'a@y.com']);
  });

  it('reads dashes around "at" as the separator, not as part of the name', () => {
    expect(findEmails('jobs--at--acme.io')).toEqual(['jobs@acme.io']);
    expect(findEmails('a-b -- at -- acme.io')).toEqual(['a-b@acme.io']);
  });

  // A post is a stranger's text: each of these took the unbounded patterns 13 to 34 seconds (a frozen page), and three
  // of them gave a wrong answer ("jobs-----…@acme.io", "at-at-…@acme.com"). Now each takes well under a second.
  describe('finishes on hostile runs of text', () => {
    it.each([
      ['a riddle followed by thousands of blank lines', `Berbix | Remote\nscott at company name${'\n'.repeat(3_000)}x`, []],
      ['a dash run before "at"', `jobs${'-'.repeat(100_000)}at--acme.io`, ['jobs@acme.io']],
      ['a word made of "-at-" repeated', `${'at-'.repeat(30_000)} at acme dot com`, []],
      ['"[company-name]" followed by "at-" repeated', `Berbix | Remote\neric [at] [company-name]${'at-'.repeat(30_000)}`, []],
      ['thousands of bare "name@" in a post with no website', 'a dot a@'.repeat(60_000), []],
    ])('%s', (_name, text, expected) => {
      expect(findEmails(text)).toEqual(expected);
    });

    it('tens of thousands of distinct addresses, each listed once in order', () => {
      const addresses = Array.from({ length: 80_000 }, (_, i) => `u${i}@x.com`);
      expect(findEmails(`${addresses.join(' ')} ${addresses[7]}`)).toEqual(addresses);
    });
  });
});
