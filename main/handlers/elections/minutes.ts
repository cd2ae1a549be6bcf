import type { ElectionDetail, PdfFile } from '../../../shared/api/elections'
import type { Language } from '../../../shared/api/settings'
import type { ContestOutcome } from '../../../shared/elections/counting-types'
import { AppError } from '../../../shared/errors'
import type { Ctx } from '../../context'
import { countPages } from '../../pdf/document'
import { renderMinutesPdf } from '../../pdf/minutes'
import type { MinutesContest, MinutesData, MinutesOutcome } from '../../pdf/minutes-data'
import type { PartialHandlers } from '../registry'
import { getSettings } from '../settings'
import { loadElection } from './detail'

const titles: Record<Language, string> = { nb: 'Valgprotokoll', sv: 'Valprotokoll', en: 'Election minutes' }

function documentLanguage(ctx: Ctx, wanted: Language | undefined): Language {
  if (wanted) return wanted
  const row = ctx.db.sqlite.prepare('SELECT document_language AS language FROM settings WHERE id = 1').get() as {
    language: Language | null
  }
  return row.language ?? getSettings(ctx).language ?? 'nb'
}

/** A file name any OS accepts, keeping letters like æøå. */
export const safeFileName = (text: string) =>
  [...text]
    .map((char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)

function toOutcome(outcome: ContestOutcome | undefined, name: (id: number) => string): MinutesOutcome {
  if (!outcome) return { kind: 'pending' }
  const lot = outcome.settlements.at(-1)
  const settlement = lot
    ? { drawnBy: lot.drawnBy, winners: lot.winners.map(name), tiedNames: lot.tied.map(name) }
    : null
  switch (outcome.kind) {
    case 'acclaimed':
      return { kind: 'acclaimed', names: outcome.elected.map(name) }
    case 'elected':
      return { kind: 'elected', names: outcome.elected.map(name), settlement }
    case 'vacant':
      return outcome.elected.length > 0
        ? { kind: 'elected', names: outcome.elected.map(name), settlement }
        : { kind: 'vacant' }
    default:
      return { kind: 'pending' }
  }
}

export function toMinutesData(election: ElectionDetail, language: Language, regionName: string | null): MinutesData {
  const contests: MinutesContest[] = election.contests.map((contest) => {
    const names = new Map(contest.candidates.map((candidate) => [candidate.personId, candidate.name]))
    const name = (id: number) => names.get(id) ?? '?'
    return {
      roleName: contest.roleNames[language],
      seats: contest.seats,
      method: contest.method,
      candidates: contest.candidates.map((candidate) => ({ name: candidate.name, withdrawn: candidate.withdrawn })),
      rounds: contest.rounds.map((round) => ({
        number: round.number,
        votes:
          round.kind === 'yesNo'
            ? [
                { name: yesNoLabels[language].yes, votes: round.yes ?? 0 },
                { name: yesNoLabels[language].no, votes: round.no ?? 0 },
              ]
            : round.votes.map((vote) => ({ name: name(vote.personId), votes: vote.votes })),
        blank: round.blank,
        invalid: round.invalid,
        ballotsCast: round.ballotsCast,
      })),
      outcome: toOutcome(contest.result?.outcome, name),
    }
  })
  return {
    regionName,
    groupName: election.groupName,
    kind: election.kind,
    season: election.season,
    meetingAt: election.meetingAt,
    heldOn: election.heldOn,
    platform: election.platform,
    place: election.place,
    chair: election.chair?.name ?? null,
    minuteTaker: election.minuteTaker?.name ?? null,
    approvers: [election.approver1?.name ?? null, election.approver2?.name ?? null],
    votersPresent: election.votersPresent,
    contests,
  }
}

const yesNoLabels: Record<Language, { yes: string; no: string }> = {
  nb: { yes: 'Ja', no: 'Nei' },
  sv: { yes: 'Ja', no: 'Nej' },
  en: { yes: 'Yes', no: 'No' },
}

function render(items: MinutesData[], language: Language, ctx: Ctx) {
  return renderMinutesPdf(items, { language, generatedAt: ctx.now() })
}

export const minutesHandlers: PartialHandlers = {
  'election-minutes': (ctx, { id, language }) => {
    const lang = documentLanguage(ctx, language)
    const election = loadElection(ctx, id)
    const pdf = render([toMinutesData(election, lang, getSettings(ctx).regionName)], lang, ctx)
    return {
      fileName: `${safeFileName(`${titles[lang]} ${election.groupName} ${election.season}`)}.pdf`,
      base64: pdf.toString('base64'),
      pages: countPages(pdf),
    } satisfies PdfFile
  },

  'season-minutes': (ctx, { season, electionIds, language }) => {
    const lang = documentLanguage(ctx, language)
    const ids =
      electionIds ??
      (ctx.db.sqlite
        .prepare(
          `SELECT e.id FROM elections e JOIN groups g ON g.id = e.group_id
           WHERE e.season = ? AND e.state IN ('held', 'reported', 'minutes_filed') ORDER BY g.name, e.id`,
        )
        .pluck()
        .all(season) as number[])
    if (ids.length === 0) throw new AppError('CONFLICT', 'errors.noMinutes', { season })
    const regionName = getSettings(ctx).regionName
    const items = ids.map((id) => toMinutesData(loadElection(ctx, id), lang, regionName))
    const pdf = render(items, lang, ctx)
    return {
      fileName: `${safeFileName(`${titles[lang]} ${regionName ?? ''} ${season}`)}.pdf`,
      base64: pdf.toString('base64'),
      pages: countPages(pdf),
      count: items.length,
    }
  },
}
