import type { TFunction } from 'i18next'
import type { ContestRecord } from '../../../../shared/api/elections'
import type { AppliedSettlement, ContestOutcome, Threshold } from '../../../../shared/elections/counting-types'
import type { Language } from '../../../../shared/api/settings'

/** Person id to name, for the candidates of one contest. */
export const namesOf = (contest: ContestRecord) => {
  const names = new Map(contest.candidates.map((candidate) => [candidate.personId, candidate.name]))
  return (personId: number) => names.get(personId) ?? '?'
}

/** "Åse, Per og Kari": lists read as the language writes them. */
export const listNames = (names: readonly string[], language: Language) =>
  new Intl.ListFormat(language === 'nb' ? 'nb-NO' : language === 'sv' ? 'sv-SE' : 'en-GB', {
    type: 'conjunction',
  }).format(names)

/** The engine's reading of a contest as one sentence. */
export function outcomeText(outcome: ContestOutcome, name: (id: number) => string, language: Language, t: TFunction) {
  const list = (ids: readonly number[]) => listNames(ids.map(name), language)
  switch (outcome.kind) {
    case 'acclaimed':
      return t('elections.outcome.acclaimed', { names: list(outcome.elected) })
    case 'elected':
      return outcome.vacantSeats > 0
        ? t('elections.outcome.electedSomeVacant', { names: list(outcome.elected), seats: outcome.vacantSeats })
        : t('elections.outcome.elected', { names: list(outcome.elected) })
    case 'vacant':
      return t('elections.outcome.vacant', { reason: t(`elections.vacancyReasons.${outcome.vacancyReason}`) })
    case 'needsAnotherRound':
      return outcome.runoff
        ? t('elections.outcome.runoff', { number: outcome.roundNumber, names: list(outcome.candidates) })
        : t('elections.outcome.needsRound', {
            number: outcome.roundNumber,
            reason: t(`elections.nextReasons.${outcome.reason}`),
          })
    case 'tie':
      return t('elections.outcome.tie', {
        round: outcome.roundNumber,
        names: list(outcome.tie.candidates),
        votes: outcome.tie.votes,
        places: outcome.tie.places,
        what: t(`elections.tieFor.${outcome.tie.tiedFor}`),
      })
  }
}

export const settlementText = (
  settlement: AppliedSettlement,
  name: (id: number) => string,
  language: Language,
  t: TFunction,
) =>
  t('elections.outcome.settled', {
    round: settlement.roundNumber,
    tied: listNames(settlement.tied.map(name), language),
    drawnBy: settlement.drawnBy,
    winners: listNames(settlement.winners.map(name), language),
  })

export const thresholdText = (threshold: Threshold, base: number | null, t: TFunction) =>
  threshold.votesNeeded === null
    ? t(`elections.thresholds.${threshold.kind}`)
    : t('elections.thresholds.needed', {
        rule: t(`elections.thresholds.${threshold.kind}`),
        votes: threshold.votesNeeded,
        base: base ?? '?',
      })
