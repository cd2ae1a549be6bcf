/**
 * Every message key the counting engine can return, with its three translations, to be merged into
 * shared/i18n by the owner of the translation files. Placeholders are i18next's {{name}}.
 */
export const countingMessages = {
  'counting.choice': {
    en: 'Pick one of the choices',
    nb: 'Velg ett av alternativene',
    sv: 'Välj ett av alternativen',
  },
  'counting.wholeNumber': {
    en: 'Must be a whole number, 0 or more',
    nb: 'Må være et helt tall, 0 eller mer',
    sv: 'Måste vara ett heltal, 0 eller mer',
  },
  'counting.seatsAtLeastOne': {
    en: 'Must be a whole number, at least 1',
    nb: 'Må være et helt tall, minst 1',
    sv: 'Måste vara ett heltal, minst 1',
  },
  'counting.candidateInvalid': {
    en: 'Not a valid candidate',
    nb: 'Ikke en gyldig kandidat',
    sv: 'Inte en giltig kandidat',
  },
  'counting.duplicateCandidate': {
    en: 'This candidate is listed more than once',
    nb: 'Denne kandidaten står oppført mer enn én gang',
    sv: 'Den här kandidaten står med mer än en gång',
  },
  'counting.tooManyForAcclamation': {
    en: 'More candidates ({{candidates}}) than seats ({{seats}}): acclamation is only for uncontested roles; choose a voting rule',
    nb: 'Flere kandidater ({{candidates}}) enn plasser ({{seats}}): akklamasjon gjelder bare når ingen har motkandidat; velg en valgregel',
    sv: 'Fler kandidater ({{candidates}}) än platser ({{seats}}): acklamation gäller bara när ingen har motkandidat; välj en valregel',
  },
  'counting.noVoteUnderAcclamation': {
    en: 'Acclamation has no vote: remove the recorded rounds, or set that a lone candidate must still be approved by a vote',
    nb: 'Akklamasjon har ingen avstemning: fjern de registrerte rundene, eller velg at en enkelt kandidat likevel skal godkjennes ved avstemning',
    sv: 'Acklamation har ingen omröstning: ta bort de registrerade omgångarna, eller välj att en ensam kandidat ändå ska godkännas genom omröstning',
  },
  'counting.voteNeedsOneCandidate': {
    en: 'A required vote under acclamation is a yes/no vote on one candidate, but {{candidates}} stand: hold one contest per candidate or choose a voting rule',
    nb: 'En påkrevd avstemning ved akklamasjon er en ja/nei-avstemning over én kandidat, men {{candidates}} stiller: hold ett valg per kandidat eller velg en valgregel',
    sv: 'En obligatorisk omröstning vid acklamation är en ja/nej-omröstning om en kandidat, men {{candidates}} ställer upp: håll ett val per kandidat eller välj en valregel',
  },
  'counting.yesNoRequired': {
    en: 'This vote must be a yes/no vote on the lone candidate',
    nb: 'Denne avstemningen må være ja/nei over den ene kandidaten',
    sv: 'Den här omröstningen måste vara ja/nej om den enda kandidaten',
  },
  'counting.yesNoNeedsOneCandidate': {
    en: 'A yes/no vote is for a lone candidate, but {{standing}} stand in this round',
    nb: 'En ja/nei-avstemning er for en enkelt kandidat, men {{standing}} stiller i denne runden',
    sv: 'En ja/nej-omröstning är för en ensam kandidat, men {{standing}} ställer upp i den här omgången',
  },
  'counting.noCandidatesNoRounds': {
    en: 'There are no candidates, so there is no vote to record',
    nb: 'Det er ingen kandidater, så det finnes ingen avstemning å registrere',
    sv: 'Det finns inga kandidater, så det finns ingen omröstning att registrera',
  },
  'counting.roundAfterDecision': {
    en: 'The contest was decided in round {{decidedIn}}; no further round can follow',
    nb: 'Valget ble avgjort i runde {{decidedIn}}; det kan ikke komme flere runder',
    sv: 'Valet avgjordes i omgång {{decidedIn}}; inga fler omgångar kan följa',
  },
  'counting.roundAfterTie': {
    en: 'Round {{roundNumber}} ended in a tie: record how the meeting settled it before a further round',
    nb: 'Runde {{roundNumber}} endte med stemmelikhet: registrer hvordan møtet avgjorde den før en ny runde',
    sv: 'Omgång {{roundNumber}} slutade med lika röstetal: registrera hur mötet avgjorde det före en ny omgång',
  },
  'counting.candidateNotStanding': {
    en: 'This candidate does not stand in this round',
    nb: 'Denne kandidaten stiller ikke i denne runden',
    sv: 'Den här kandidaten ställer inte upp i den här omgången',
  },
  'counting.votesMissing': {
    en: "Enter this candidate's votes (0 if none)",
    nb: 'Fyll inn kandidatens stemmer (0 hvis ingen)',
    sv: 'Fyll i kandidatens röster (0 om inga)',
  },
  'counting.sumMismatch': {
    en: 'Votes, blank and invalid ballots add up to {{counted}}, not the {{ballotsCast}} ballots cast',
    nb: 'Stemmer, blanke og ugyldige stemmesedler blir til sammen {{counted}}, ikke de {{ballotsCast}} avgitte stemmesedlene',
    sv: 'Röster, blanka och ogiltiga valsedlar blir sammanlagt {{counted}}, inte de {{ballotsCast}} avgivna valsedlarna',
  },
  'counting.ballotsAboveVoters': {
    en: 'More ballots cast ({{ballotsCast}}) than voters present ({{votersPresent}})',
    nb: 'Flere avgitte stemmesedler ({{ballotsCast}}) enn stemmeberettigede til stede ({{votersPresent}})',
    sv: 'Fler avgivna valsedlar ({{ballotsCast}}) än röstberättigade närvarande ({{votersPresent}})',
  },
  'counting.countedAboveVoters': {
    en: 'Votes, blank and invalid ballots add up to {{counted}}, more than the {{votersPresent}} voters present',
    nb: 'Stemmer, blanke og ugyldige stemmesedler blir til sammen {{counted}}, flere enn de {{votersPresent}} stemmeberettigede til stede',
    sv: 'Röster, blanka och ogiltiga valsedlar blir sammanlagt {{counted}}, fler än de {{votersPresent}} röstberättigade närvarande',
  },
  'counting.candidateAboveVoters': {
    en: 'More votes ({{votes}}) than voters present ({{votersPresent}})',
    nb: 'Flere stemmer ({{votes}}) enn stemmeberettigede til stede ({{votersPresent}})',
    sv: 'Fler röster ({{votes}}) än röstberättigade närvarande ({{votersPresent}})',
  },
  'counting.ballotsCastRequired': {
    en: 'Enter the number of ballots cast: with several seats open it is the base of the majority',
    nb: 'Fyll inn antall avgitte stemmesedler: når flere plasser skal fylles, er det grunnlaget for flertallet',
    sv: 'Fyll i antalet avgivna valsedlar: när flera platser ska fyllas är det underlaget för majoriteten',
  },
  'counting.blankInvalidAboveBallots': {
    en: 'Blank and invalid ballots ({{count}}) are more than the ballots cast ({{ballotsCast}})',
    nb: 'Blanke og ugyldige stemmesedler ({{count}}) er flere enn de avgitte ({{ballotsCast}})',
    sv: 'Blanka och ogiltiga valsedlar ({{count}}) är fler än de avgivna ({{ballotsCast}})',
  },
  'counting.tooManyVotesForBallots': {
    en: '{{votes}} votes is more than {{ballots}} ballots naming up to {{perBallot}} candidates each allow',
    nb: '{{votes}} stemmer er flere enn {{ballots}} stemmesedler med opptil {{perBallot}} navn hver gir rom for',
    sv: '{{votes}} röster är fler än {{ballots}} valsedlar med upp till {{perBallot}} namn var ger utrymme för',
  },
  'counting.tooFewVotesForBallots': {
    en: '{{votes}} votes is fewer than the {{ballots}} ballots that are neither blank nor invalid, each naming at least one candidate',
    nb: '{{votes}} stemmer er færre enn de {{ballots}} stemmesedlene som verken er blanke eller ugyldige, og som hver har minst ett navn',
    sv: '{{votes}} röster är färre än de {{ballots}} valsedlar som varken är blanka eller ogiltiga och som var och en har minst ett namn',
  },
  'counting.candidateAboveBallots': {
    en: 'More votes ({{votes}}) than ballots naming candidates ({{ballots}}): a ballot names a candidate only once',
    nb: 'Flere stemmer ({{votes}}) enn stemmesedler med navn ({{ballots}}): en stemmeseddel kan bare nevne en kandidat én gang',
    sv: 'Fler röster ({{votes}}) än valsedlar med namn ({{ballots}}): en valsedel kan bara nämna en kandidat en gång',
  },
  'counting.settlementNoSuchRound': {
    en: 'There is no round {{roundNumber}}',
    nb: 'Det finnes ingen runde {{roundNumber}}',
    sv: 'Det finns ingen omgång {{roundNumber}}',
  },
  'counting.settlementWithoutTie': {
    en: 'Round {{roundNumber}} has no tie to settle',
    nb: 'Runde {{roundNumber}} har ingen stemmelikhet å avgjøre',
    sv: 'Omgång {{roundNumber}} har inget lika röstetal att avgöra',
  },
  'counting.settlementDuplicate': {
    en: 'Round {{roundNumber}} already has a settlement',
    nb: 'Runde {{roundNumber}} har allerede en avgjørelse',
    sv: 'Omgång {{roundNumber}} har redan ett avgörande',
  },
  'counting.settlementNotTied': {
    en: 'This candidate was not among those tied',
    nb: 'Denne kandidaten var ikke blant dem med likt stemmetall',
    sv: 'Den här kandidaten var inte bland dem med lika röstetal',
  },
  'counting.settlementWinnerCount': {
    en: 'The lot picks {{places}} of the tied candidates, not {{count}}',
    nb: 'Loddtrekningen skal velge {{places}} av kandidatene med likt stemmetall, ikke {{count}}',
    sv: 'Lottningen ska välja {{places}} av kandidaterna med lika röstetal, inte {{count}}',
  },
  'counting.drawnByRequired': {
    en: 'Say who drew the lot',
    nb: 'Oppgi hvem som trakk loddet',
    sv: 'Ange vem som drog lotten',
  },
} satisfies Record<`counting.${string}`, { en: string; nb: string; sv: string }>

export type CountingMessageKey = keyof typeof countingMessages
