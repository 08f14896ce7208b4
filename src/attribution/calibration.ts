/**
 * Confidence that means something: the share of right speakers that our
 * default rules reached on PolNeAR train, for each rule and each basis of
 * its speaker (a name, a description, a pronoun, …), so that among quotes
 * given 0.8 about eight in ten have the right speaker. The table is data,
 * made by scripts/calibrate-polnear.js; a user's rule keeps its own
 * confidence.
 */

import {firstPerson, speakerPronouns} from '../lexicon/roles.js'
import {definiteDeterminers, indefiniteDeterminers} from '../lexicon/determiners.js'
import {calibrationTable} from './calibration-table.js'

/** What a speaker was found from, as the calibration table is keyed. */
export type SpeakerBasis = 'name' | 'description' | 'description-resolved' | 'pronoun' | 'unresolved'

/** The basis of a speaker, from its kind and the words that stood in the text. */
export function speakerBasis(speaker: {readonly kind: string; readonly mention: {readonly text: string} | string}): SpeakerBasis {
  const mention = typeof speaker.mention === 'string' ? speaker.mention : speaker.mention.text
  if (speaker.kind === 'unresolved') return 'unresolved'
  if (speakerPronouns.has(mention.toLowerCase())) return 'pronoun'
  // No RegExp runs on the mention itself: a successful match would keep it (a slice of the whole source) alive in RegExp's legacy statics.
  const space = mention.indexOf(' ')
  const first = space > 0 ? mention.slice(0, space).toLowerCase() : ''
  const opensPhrase = definiteDeterminers.has(first) || indefiniteDeterminers.has(first)
  if (mention === firstPerson || /^\p{Ll}/u.test(mention.charAt(0)) || opensPhrase) return speaker.kind === 'person' ? 'description-resolved' : 'description'
  return 'name'
}

/**
 * The calibrated confidence of a default rule's attribution, or `undefined`
 * when the table has no figure for it. A resolution that doubts itself (a
 * pronoun whose guessed gender disagrees: certainty under 0.5) never scores
 * above its certainty.
 */
export function calibratedConfidence(rule: string, speaker: {readonly kind: string; readonly mention: {readonly text: string}}, certainty: number): number | undefined {
  const figure = calibrationTable[rule]?.[speakerBasis(speaker)]
  if (figure === undefined) return undefined
  return certainty < 0.5 ? Math.min(figure, certainty) : figure
}
