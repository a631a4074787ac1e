// Glassdoor: result cards of the 2024+ layout (li[data-test="jobListing"], CSS-module class names with hashes, so
// data-test hooks first) and of the 2020 layout (li.jl with data attributes). Job pages carry a JSON-LD JobPosting;
// their DOM selectors below are built from Glassdoor's public markup (no saved job page).
import { defineBoard, type Processor } from '../engine';
import { match, remove, salaryFromText } from '../processors';

/** Glassdoor India writes thousands as T ("₹25T - ₹50T"). */
const THOUSANDS: Processor = (value) => value.replace(/(\d)\s*T\b/g, '$1K');
/** Card ages "24h", "3d", "30d+" as the date parser reads them. */
const AGE: Processor = (value) => {
  const age = /^(\d+)\s*([hd])\b/i.exec(value.trim());
  return age ? `${age[1]} ${age[2]!.toLowerCase() === 'h' ? 'hours' : 'days'} ago` : value;
};
/** A card that only carries its listing id links to the listing page by it. */
const LISTING_URL: Processor = (value) => (/^\d+$/.test(value) ? `/job-listing/j?jl=${value}` : value);

export const glassdoor = defineBoard({
  id: 'glassdoor',
  name: 'Glassdoor',
  urls: [
    'https://*.glassdoor.com/*',
    'https://*.glassdoor.co.uk/*',
    'https://*.glassdoor.co.in/*',
    'https://*.glassdoor.com.au/*',
    'https://*.glassdoor.ca/*',
    'https://*.glassdoor.de/*',
    'https://*.glassdoor.fr/*',
  ],
  testedOn: [
    'pages/glassdoor/glassdoor_job_card_fragment_2025.html',
    'pages/glassdoor/glassdoor_serp_hackerrank_australia_2020-02.html',
  ],
  posting: {
    when: ['h1[id^="jd-job-title-"]', '[data-test="job-details-header"]'],
    root: ['[data-test="job-details-header"]', '[class*="JobDetails_jobDetailsHeader"]'],
    fields: {
      title: ['h1[id^="jd-job-title-"]', '[data-test="job-details-header"] h1'],
      company: ['[data-test="job-details-header"] [class*="EmployerProfile_employerName"]', '[class*="EmployerProfile_employerName"]'],
      location: ['[data-test="location"]', '[data-test="job-details-header"] [data-test="emp-location"]'],
      salary: { from: ['[data-test="detailSalary"]', '[class*="SalaryEstimate_salaryRange"]'], process: [THOUSANDS, salaryFromText] },
      description: ['[class*="JobDetails_jobDescription"]@html', '#JobDescriptionContainer@html'],
      boardJobId: { from: ['link[rel="canonical"]@href', 'meta[property="og:url"]@content'], process: [match(/[?&]jl=(\d+)/, 1)] },
      url: ['link[rel="canonical"]@href', 'meta[property="og:url"]@content'],
    },
    required: ['title', 'company', 'description'],
  },
  list: {
    card: ['li[data-test="jobListing"]', 'li.react-job-listing', 'li.jl'],
    fields: {
      title: ['a[data-test="job-title"]', '.jobContainer > a.jobTitle', 'a.jobTitle'],
      company: ['[class*="EmployerProfile_compactEmployerName"]', '[id^="job-employer-"]', '.jobEmpolyerName', '.jobEmployerName'],
      location: ['[data-test="emp-location"]', '.loc', '@data-job-loc'],
      salary: { from: ['[data-test="detailSalary"]', '.salaryText', '.salaryEstimate'], process: [THOUSANDS, salaryFromText] },
      datePosted: { from: ['[data-test="job-age"]', '.jobLabels .minor'], process: [AGE] },
      description: { from: ['[data-test="descSnippet"]@html', '.descSnippet'], process: [remove(/^[\s…]*$/)] },
      boardJobId: ['@data-jobid', '@data-id'],
      url: { from: ['a[data-test="job-title"]@href', '@data-jobid', '@data-id'], process: [LISTING_URL] },
    },
    required: ['title', 'company', 'boardJobId'],
  },
});
