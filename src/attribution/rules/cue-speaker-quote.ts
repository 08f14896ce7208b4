import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'
import {reportingVerb} from '../../lexicon/cues.js'

/** A sentence that opens with a reporting verb (“Said Ellis:”, “Added the mayor,”). */
const openingVerb = /^\s*(\p{Lu}\p{Ll}+)\s+/u

/** Said Ellis: “…” / Added the senator, a Democrat, “…” (the inverted introduction of columns and features). */
export const cueSpeakerQuote = defineRule({
  id: 'cue-speaker-quote',
  description: 'A sentence opening with a reporting verb, then the speaker and a colon or comma before the quote: Said Ellis: “…” / Added the senator, a Democrat, “…”.',
  confidence: 0.9,
  match(context) {
    const verb = openingVerb.exec(context.before)
    if (!verb || !reportingVerb(verb[1]!) || /ing$/.test(verb[1]!)) return undefined
    const cueStart = context.sentence.start + verb.index + verb[0].length - verb[0].trimStart().length
    const cue = {start: cueStart, end: cueStart + verb[1]!.length}
    const speaker = mentionAfter(context, cue.end, /^\s+$/, 3)
    // Then only an appositive (“, a Democrat,”) and the colon or comma before the quote.
    if (!speaker || speaker.type === 'pronoun' || !/^(?:,[^,“”"]{1,60})?\s*[,:]\s*$/u.test(context.text.slice(speaker.end, context.quote.open))) return undefined
    return {speaker, cue}
  }
})
