// Each criterion's id, label and default weight, apart from its rules: the default profile needs them, and reading
// them from the criteria themselves put the whole scorer into every page that shows a profile or a job (the popup).
export const CRITERION_INFO = {
  remote: { id: 'remote', label: 'Fully remote', defaultWeight: 35 },
  mlData: { id: 'ml-data', label: 'ML / data / retrieval work', defaultWeight: 30 },
  openSource: { id: 'open-source', label: 'Values open source', defaultWeight: 20 },
  employment: { id: 'employment', label: 'Employment type', defaultWeight: 5 },
  seniority: { id: 'seniority', label: 'Experienced level', defaultWeight: 5 },
  salary: { id: 'salary', label: 'Salary at or above your floor', defaultWeight: 5 },
  teaching: { id: 'teaching', label: 'Teaching or writing', defaultWeight: 5 },
  dealbreakers: { id: 'dealbreakers', label: 'No dealbreakers', defaultWeight: 0 },
} as const;
