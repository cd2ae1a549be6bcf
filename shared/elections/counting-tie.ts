import { problem } from './counting-checks'
import type { Pick } from './counting-ranking'
import type { AppliedSettlement, CandidateId, CountingProblem, Tie, TieKind, TieSettlement } from './counting-types'

export type SettlementRef = { index: number; value: TieSettlement }

type TiePick = Extract<Pick, { tie: true }>

export type Settled =
  | { open: false; chosen: CandidateId[]; rest: CandidateId[]; tie: Tie | null; applied: AppliedSettlement | null }
  | { open: true; pick: TiePick; tie: Tie; problems: CountingProblem[] }

/**
 * Applies the meeting's settlement of a tie, if there is one for this round and it fits the tie.
 * Without a fitting settlement the tie stays open: the engine never picks among equals itself.
 */
export function settleTie(
  pick: Pick,
  tiedFor: TieKind,
  roundNumber: number,
  settlement: SettlementRef | null,
): Settled {
  if (!pick.tie) return { open: false, chosen: pick.chosen, rest: pick.rest, tie: null, applied: null }
  const tie: Tie = { tiedFor, candidates: pick.tied, places: pick.places, votes: pick.votes }
  if (!settlement) return { open: true, pick, tie, problems: [] }

  const at = `settlements.${settlement.index}`
  const { winners } = settlement.value
  const problems = winners.flatMap((candidate, index) =>
    pick.tied.includes(candidate)
      ? []
      : [problem(`${at}.winners.${index}`, 'counting.settlementNotTied', { candidate })],
  )
  const distinct = new Set(winners).size
  if (problems.length === 0 && (distinct !== winners.length || winners.length !== pick.places)) {
    problems.push(
      problem(`${at}.winners`, 'counting.settlementWinnerCount', { places: pick.places, count: winners.length }),
    )
  }
  if (problems.length > 0) return { open: true, pick, tie, problems }

  const losers = pick.tied.filter((candidate) => !winners.includes(candidate))
  const applied: AppliedSettlement = {
    roundNumber,
    tiedFor,
    tied: pick.tied,
    method: settlement.value.method,
    drawnBy: settlement.value.drawnBy.trim(),
    // In the tied candidates' order, so the printed record does not depend on how the winners were typed in.
    winners: pick.tied.filter((candidate) => winners.includes(candidate)),
    losers,
    note: settlement.value.note?.trim() || null,
  }
  return { open: false, chosen: [...pick.sure, ...applied.winners], rest: [...losers, ...pick.below], tie, applied }
}
