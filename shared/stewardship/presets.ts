import type { OrgPreset } from '../api/settings'

export type TrainingTypePreset = {
  key: string
  names: { nb: string; sv: string; en: string }
  validityMonths: number | null
  /** Role keys whose holders must attend, and within how many months of taking the role. */
  requiredFor: { role: string; withinMonths: number }[]
}

/** From the Norwegian guide: new leader and deputy go to the gathering, the social-media holder to the SoMe course. */
export const trainingTypePresets: TrainingTypePreset[] = [
  {
    key: 'group_leader_gathering',
    names: { nb: 'Gruppeledersamling', sv: 'Gruppledarträff', en: 'Group leader gathering' },
    validityMonths: 24,
    requiredFor: [
      { role: 'leader', withinMonths: 6 },
      { role: 'deputy', withinMonths: 6 },
    ],
  },
  {
    key: 'social_media_course',
    names: { nb: 'SoMe-kurs', sv: 'Kurs i sociala medier', en: 'Social media course' },
    validityMonths: 24,
    requiredFor: [{ role: 'social_media', withinMonths: 6 }],
  },
  {
    key: 'treasurer_course',
    names: { nb: 'Økonomikurs', sv: 'Kassörsutbildning', en: 'Treasurer course' },
    validityMonths: null,
    requiredFor: [{ role: 'treasurer', withinMonths: 6 }],
  },
]

/** The competence-transfer checklist every handover starts from; editable per role. */
export const handoverChecklistPresets: Record<'nb' | 'sv' | 'en', string[]> = {
  nb: [
    'Passord til felles e-post og sosiale medier er endret',
    'Bankfullmakt og kassebok er overlevert',
    'Innsamlingsbøsser er overlevert',
    'Materiell og nøkler er overlevert',
    'Kontaktliste er overlevert',
    'Pågående kampanjer er gjennomgått',
    'Møte mellom gammel og ny vervinnehaver er holdt',
  ],
  sv: [
    'Lösenord till gemensam e-post och sociala medier är ändrade',
    'Bankbehörighet och kassabok är överlämnade',
    'Insamlingsbössor är överlämnade',
    'Material och nycklar är överlämnade',
    'Kontaktlista är överlämnad',
    'Pågående kampanjer är genomgångna',
    'Möte mellan tidigare och ny uppdragstagare har hållits',
  ],
  en: [
    'Shared mailbox and social media passwords changed',
    'Bank access and cash book handed over',
    'Collection boxes handed over',
    'Materials and keys handed over',
    'Contact list handed over',
    'Ongoing campaigns gone through',
    'Meeting between old and new holder held',
  ],
}

export const presetLanguage: Record<OrgPreset, 'nb' | 'sv' | 'en'> = { norway: 'nb', sweden: 'sv', custom: 'en' }
