/**
 * Evidence: whether what two wordings share is enough to call them one
 * statement, before any score is read. A high score on little is chance:
 * news quotes a single word (“workplace”, “strongman”) or a stock phrase
 * from many speakers, a long quote of someone else contains it, or a short
 * one shares it. A score says how much of a wording is matched; evidence
 * says whether that much could be a coincidence. Its measure is the
 * *specificity* of the matched terms: their summed rarity, in units of the
 * rarity of a word one wording holds (so it follows the collection's size).
 *
 * - **One word.** A wording of one content word (“rapists”) joins a
 *   wording of that same word (“rapists,”, punctuation and inflection
 *   aside) unless their speakers are known and different; and, as a
 *   fragment, a longer wording of the same named speaker, who is then the
 *   evidence, if the word is not a common one (`oneWordSpecificity`). A soft match (“perversion” / “perverse”) or someone else's
 *   long quote that holds the word says nothing of who said it.
 * - **Two words at least** matched (exactly or softly) for any other join:
 *   “Call the roll” and “roll up our sleeves” share one.
 * - **A fragment** joins a longer wording of an unknown speaker only when
 *   the words it shares are rarer together than chance (specificity
 *   `fragmentSpecificity`): “chained CPI” does, “major party” does not. A
 *   short fragment is contained in some long quote by chance alone; two
 *   full wordings answer for the rest of their words in their overlap.
 * - **Known, different speakers** (a name and a description, or two
 *   descriptions: “Broad” / “the BLM group”) fit by the speaker rule, but
 *   that is all they do: the shorter wording must be mostly matched
 *   (`otherSpeakerShare` of its terms), specifically in exact words (a
 *   soft match is for translations): “stop … black” is two common words;
 *   and a fragment more so (`otherSpeakerSpecificity`): “radical Islamic
 *   terrorism” is a slogan many people repeat.
 */

import {rarity} from './similarity.js'

/** How the speakers of two wordings relate. */
export type SpeakerRelation = 'same' | 'unknown' | 'different'

/** How a pair would join: two full wordings by overlap, or a fragment by containment. */
export type JoinKind = 'overlap' | 'fragment'

export interface SharedTerms {
  /** Distinct content terms of the wording with fewer. */
  readonly fewerTerms: number
  /** Distinct content terms of the other. */
  readonly moreTerms: number
  /** Terms the two share exactly. */
  readonly exact: number
  /** Terms matched by a soft signal (synonym, spelling, derivation). */
  readonly soft: number
  /** Rarity weight of the terms shared exactly. */
  readonly exactWeight: number
  /** Weight soft matches add (each a share of its terms' weight). */
  readonly softWeight: number
}

/** Terms two wordings must match, the one-word case aside. */
export const minMatchedTerms = 2
/** Specificity of the one word of a fragment given to its speaker's longer wording: “goodwill”, not “new” or “works”. */
export const oneWordSpecificity = 0.6
/** Share of the shorter wording's terms two wordings of known, different speakers match. */
export const otherSpeakerShare = 0.5
/**
 * Specificity (see the module comment) a fragment of an unknown speaker's
 * or to one must share. PolNeAR train + dev quotes, with the judged
 * precision of multi-member clusters: see docs/clustering.md.
 */
export const fragmentSpecificity = 1.5
/**
 * Specificity in exact words a fragment of a known, different speaker must
 * share (the slogans they repeat reach 1.5 to 1.9); two full wordings of
 * different speakers need `fragmentSpecificity` in exact words.
 */
export const otherSpeakerSpecificity = 2

/** Summed rarity of terms, in units of the rarity of a word one wording holds in a collection of `size`. */
export function specificity(weight: number, size: number): number {
  return weight / rarity(size, 1)
}

/** Whether two wordings sharing `shared`, with speakers `speakers`, may join as `kind` in a collection of `size` wordings. */
export function hasEvidence(shared: SharedTerms, speakers: SpeakerRelation, kind: JoinKind, size: number): boolean {
  const matched = shared.exact + shared.soft
  if (shared.fewerTerms <= 1) {
    if (shared.exact !== 1 || shared.fewerTerms !== 1) return false
    if (shared.moreTerms === 1) return speakers !== 'different'
    return kind === 'fragment' && speakers === 'same' && specificity(shared.exactWeight, size) >= oneWordSpecificity
  }
  if (matched < minMatchedTerms) return false
  if (speakers === 'different') {
    // Another speaker's words, not a translation's: exact words only.
    const bar = kind === 'fragment' ? otherSpeakerSpecificity : fragmentSpecificity
    return matched >= otherSpeakerShare * shared.fewerTerms && specificity(shared.exactWeight, size) >= bar
  }
  return kind === 'overlap' || speakers === 'same' || specificity(shared.exactWeight + shared.softWeight, size) >= fragmentSpecificity
}
