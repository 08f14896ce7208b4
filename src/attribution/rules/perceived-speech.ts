import {defineRule} from '../define-rule.js'
import {perceptionWords, reportingVerb} from '../../lexicon/cues.js'
import {introducingCue} from '../helpers.js'

/** A perception or depiction word, a short phrase (the speaker), then the speech verb. */
const perceived = new RegExp(`(?<![\\p{L}])(${perceptionWords.join('|')})\\s+((?:[\\p{L}\\d’'.-]+\\s+){1,5})$`, 'iu')
/** Only a verb of perception takes a bare verb after its object (“heard them shout”); “of” and “with” take a participle (“footage of her saying”). */
const perceptionVerb = /^(?:hear|hears|heard|hearing|see|sees|saw|seen|watch|watches|watched|imagine|imagined)$/i
/** Words that make the phrase a clause or leave it open, not one speaker: “Americans have come to”, “the secretary of”, “boos upon”. */
const notAPhrase = /(?<![\p{L}])(?:who|which|that|and|or|to|have|has|had|is|are|was|were|be|been|would|will|can|could|should|may|might|must|do|does|did|upon|in|on|at|for|from|about|by)(?![\p{L}])/iu
const openEnd = /(?<![\p{L}])(?:of|the|a|an|his|her|their|its|our|my|your)\s*$/iu

/**
 * Phillips said he heard students shout, “…” / the ad ends with footage of the senator saying,
 * “…”: the one heard or shown speaks, not the one who reports hearing or showing it.
 */
export const perceivedSpeech = defineRule({
  id: 'perceived-speech',
  description: 'Speech heard, shown or filmed: a perception word (heard, saw, shows, footage of, with), a phrase, then a speech verb as a participle or bare verb introducing the quote: he heard students shout, “…” / footage of the senator saying, “…”.',
  confidence: 0.8,
  match(context) {
    // The verb introduces the quote (a few words, then a comma, colon or nothing) …
    const cue = introducingCue(context)
    if (!cue) return undefined
    // … and is a participle or a bare verb (“saying”, “shout”): someone else’s speech, not the reporter’s.
    const word = cue.text.toLowerCase()
    const participle = word.endsWith('ing')
    if (!participle && reportingVerb(word) !== word) return undefined
    const lead = context.text.slice(Math.max(context.sentence.start, cue.start - 80), cue.start)
    const found = perceived.exec(lead)
    if (!found || (!participle && !perceptionVerb.test(found[1]!))) return undefined
    const phrase = found[2]!
    if (notAPhrase.test(phrase) || openEnd.test(phrase)) return undefined
    const start = cue.start - phrase.length
    const end = start + phrase.trimEnd().length
    const named = context.mentions.findLast((mention) => mention.start >= start && mention.end <= end)
    return {speaker: named ?? {start, end}, cue}
  }
})
