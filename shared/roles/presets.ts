import type { OrgPreset } from '../api/settings'

export type RolePreset = {
  key: string
  names: { nb: string; sv: string; en: string }
  requirement: 'must' | 'should'
  selection: 'elected' | 'appointed'
  combinable: boolean
}

const deputy = (nb: string, sv: string, en: string): RolePreset => ({
  key: 'deputy',
  names: { nb, sv, en },
  requirement: 'should',
  selection: 'elected',
  combinable: false,
})
const treasurer: RolePreset = {
  key: 'treasurer',
  names: { nb: 'Økonomiansvarlig', sv: 'Kassör', en: 'Treasurer' },
  requirement: 'must',
  selection: 'elected',
  combinable: false,
}
const socialMedia: RolePreset = {
  key: 'social_media',
  names: { nb: 'Ansvarlig for sosiale medier (SoMe)', sv: 'Ansvarig för sociala medier', en: 'Social media lead' },
  requirement: 'should',
  selection: 'elected',
  combinable: true,
}
/** Appointed, never elected: must be someone outside the group (checked with the finance records). */
const auditor = (nb: string, sv: string, en: string): RolePreset => ({
  key: 'auditor',
  names: { nb, sv, en },
  requirement: 'must',
  selection: 'appointed',
  combinable: false,
})

/**
 * The two organisations' role lists (DOMAIN.md), in election order: leader first, so a person who
 * loses one contest can stand in the next. Names not in the source documents are suggestions.
 */
export const rolePresets: Record<OrgPreset, RolePreset[]> = {
  norway: [
    {
      key: 'leader',
      names: { nb: 'Leder', sv: 'Ledare', en: 'Leader' },
      requirement: 'must',
      selection: 'elected',
      combinable: false,
    },
    deputy('Nestleder', 'Vice ledare', 'Deputy leader'),
    treasurer,
    socialMedia,
    auditor('Revisor (ekstern)', 'Extern revisor', 'External auditor'),
  ],
  sweden: [
    {
      key: 'leader',
      names: { nb: 'Gruppesekretær', sv: 'Gruppsekreterare', en: 'Group secretary' },
      requirement: 'must',
      selection: 'elected',
      combinable: false,
    },
    deputy('Vise gruppesekretær', 'Vice gruppsekreterare', 'Deputy group secretary'),
    { ...treasurer, names: { nb: 'Kasserer', sv: 'Kassör / kassaansvarig', en: 'Treasurer' } },
    socialMedia,
    auditor('Ekstern revisor', 'Utomstående granskare', 'External auditor'),
  ],
  custom: [
    {
      key: 'leader',
      names: { nb: 'Leder', sv: 'Ledare', en: 'Leader' },
      requirement: 'must',
      selection: 'elected',
      combinable: false,
    },
    deputy('Nestleder', 'Vice ledare', 'Deputy leader'),
    treasurer,
    auditor('Revisor (ekstern)', 'Extern revisor', 'External auditor'),
  ],
}
