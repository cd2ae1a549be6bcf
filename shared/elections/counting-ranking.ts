import type { CandidateId, CountingBase, CountingRule, Threshold } from './counting-types'

export type Ranked = { candidate: CandidateId; votes: number }[]

/** Most votes first. The sort is stable so equal votes keep the presented order, for display only. */
export function rank(standing: readonly CandidateId[], votes: Record<CandidateId, number>): Ranked {
  return standing.map((candidate) => ({ candidate, votes: votes[candidate] ?? 0 })).sort((a, b) => b.votes - a.votes)
}

export type Pick =
  | { tie: false; chosen: CandidateId[]; rest: CandidateId[] }
  | { tie: true; sure: CandidateId[]; tied: CandidateId[]; below: CandidateId[]; places: number; votes: number }

/**
 * The `places` candidates with most votes. Equal votes across the boundary are reported as a tie
 * with who is sure of a place, never broken by order: only the meeting may break it.
 */
export function pickHighest(ranked: Ranked, places: number): Pick {
  if (places >= ranked.length) return { tie: false, chosen: ranked.map((r) => r.candidate), rest: [] }
  if (places <= 0) return { tie: false, chosen: [], rest: ranked.map((r) => r.candidate) }
  const boundary = ranked[places - 1]?.votes ?? 0
  const sure = ranked.filter((r) => r.votes > boundary).map((r) => r.candidate)
  const tied = ranked.filter((r) => r.votes === boundary).map((r) => r.candidate)
  const below = ranked.filter((r) => r.votes < boundary).map((r) => r.candidate)
  if (sure.length + tied.length <= places) return { tie: false, chosen: [...sure, ...tied], rest: below }
  return { tie: true, sure, tied, below, places: places - sure.length, votes: boundary }
}

/** The one candidate with fewest votes; several at the bottom are a tie over who goes. */
export function pickLowest(ranked: Ranked): Pick {
  const lowest = ranked[ranked.length - 1]?.votes ?? 0
  const bottom = ranked.filter((r) => r.votes === lowest).map((r) => r.candidate)
  const above = ranked.filter((r) => r.votes > lowest).map((r) => r.candidate)
  // Expressed as "who stays", so a settlement's winners mean the same thing for every kind of tie.
  if (bottom.length === 1) return { tie: false, chosen: above, rest: bottom }
  return { tie: true, sure: above, tied: bottom, below: [], places: bottom.length - 1, votes: lowest }
}

/**
 * Votes a candidate needs under a majority rule, in whole numbers so no rounding can creep in.
 * Absolute majority is more than half: floor(base / 2) + 1. Two thirds is AT LEAST two thirds
 * (votes * 3 >= base * 2): an exact two thirds is enough, which is how "two thirds" is read
 * when statutes give it as a minimum. Nobody is elected with zero votes, even when the base is zero.
 */
export function majorityThreshold(rule: CountingRule, base: number): Threshold {
  if (rule === 'twoThirds') return { kind: 'atLeastTwoThirds', votesNeeded: Math.max(1, Math.ceil((base * 2) / 3)) }
  return { kind: 'moreThanHalf', votesNeeded: Math.floor(base / 2) + 1 }
}

/**
 * A yes/no vote on a lone candidate. Under acclamation and plurality more yes than no is enough, so
 * abstentions never matter. Under a majority rule the yes votes must reach that rule's threshold of
 * the base, and with `validIncludingBlank` abstentions count in the base and so work against the
 * candidate; with `validExcludingBlank` "more than half" comes to the same as yes > no.
 */
export function yesNoThreshold(
  rule: CountingRule,
  base: CountingBase,
  counts: { yes: number; no: number; abstain: number },
): { threshold: Threshold; base: number } {
  const countedBase = counts.yes + counts.no + (base === 'validIncludingBlank' ? counts.abstain : 0)
  if (rule === 'absoluteMajority' || rule === 'twoThirds') {
    return { threshold: majorityThreshold(rule, countedBase), base: countedBase }
  }
  return { threshold: { kind: 'moreYesThanNo', votesNeeded: counts.no + 1 }, base: countedBase }
}

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)
