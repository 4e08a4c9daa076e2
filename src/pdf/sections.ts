/**
 * What the profile PDF shows and in which order: the sections of the Italian "Scheda Anagrafica
 * Professionale" (SAP) that a CPI operator transcribes, each listing the questionnaire entries
 * it takes its fields from. Entries are top-level question or group ids of src/questionnaire.
 */
export interface PdfSectionSpec {
  /** Title key under `pdf:section.<id>`. */
  id: string;
  entries: readonly string[];
}

export const PDF_SECTIONS: readonly PdfSectionSpec[] = [
  {
    id: 'personal',
    entries: [
      'personal.firstName',
      'personal.lastName',
      'personal.alias',
      'personal.sex',
      'personal.birthDate',
      'personal.birthCountry',
      'personal.nationalities',
      'personal.phone',
      'personal.email',
      'personal.arrivalDate',
      'personal.receptionCentre',
    ],
  },
  { id: 'permit', entries: ['personal.hasPermit', 'personal.permitType', 'personal.permitNumber', 'personal.permitReason', 'personal.permitExpiry'] },
  { id: 'work', entries: ['work.experience'] },
  { id: 'education', entries: ['education.entries'] },
  { id: 'courses', entries: ['education.courses'] },
  { id: 'languages', entries: ['languages.motherTongues', 'languages.italianLevel', 'languages.italianCourse', 'languages.other', 'languages.certificates'] },
  { id: 'literacy', entries: ['literacy.readsOwn', 'literacy.writesOwn', 'literacy.latinAlphabet', 'literacy.numeracy', 'literacy.schoolYears'] },
  { id: 'digital', entries: ['digital.devices', 'digital.skills', 'digital.escoSkills'] },
  { id: 'licences', entries: ['driving.hasLicence', 'driving.categories', 'driving.country', 'driving.converted', 'driving.otherLicences'] },
  { id: 'otherSkills', entries: ['otherSkills.transversal', 'otherSkills.hobbies', 'otherSkills.volunteering', 'otherSkills.careWork'] },
  { id: 'migration', entries: ['personal.migrationPath'] },
  {
    id: 'expectations',
    entries: [
      'expectations.goals',
      'expectations.goalsOther',
      'expectations.desiredOccupation',
      'expectations.availability',
      'expectations.workingTime',
      'expectations.willingToMove',
      'expectations.notes',
    ],
  },
  { id: 'appraisal', entries: ['adviser.appraisal'] },
  { id: 'nextSteps', entries: ['adviser.nextSteps'] },
  { id: 'consent', entries: ['consent.given', 'consent.explainedIn', 'consent.mediator', 'consent.shareWithCpi'] },
];
