import type {RuleContext} from '../../types.js'
import {defineRule} from '../define-rule.js'
import {afterQuote, cueAfter, mentionAfter} from '../helpers.js'
import {stopwords} from '../../lexicon/stopwords.js'

/** “… Holocaust.” He added, “…”: a quote that ends its sentence, then a cue that opens the next quote (a comma or colon, then its mark), belongs to that next quote. */
function introducesNext(context: RuleContext, cueEnd: number): boolean {
  return /[.!?]$/.test(context.quote.text.trimEnd()) && /^(?:\s+[\p{L}’'-]+){0,3}\s*[,:]\s*[“"‘']/u.test(context.text.slice(cueEnd, cueEnd + 60))
}

/** “…,” Putin said. / “…,” the Kremlin leader added. / “…,” he told Putin. */
export const quoteSpeakerCue = defineRule({
  id: 'quote-speaker-cue',
  description: 'A speaker then a reporting verb right after the quote: “…,” Putin said / the Kremlin leader added / he told reporters.',
  confidence: 0.95,
  match(context) {
    // A name may follow a lowercase modifier or two: “…” retired general Lloyd Newton said.
    const close = afterQuote(context)
    const modified = mentionAfter(context, close, /^[\s,]*(?:[\p{Ll}\d/-]+\s+){1,2}$/u, 30)
    const modifiers = modified ? context.text.slice(close, modified.start).match(/[\p{L}]+/gu) ?? [] : []
    const speaker = mentionAfter(context, close) ?? (modified?.type === 'name' && !modifiers.some((word) => stopwords.has(word)) ? modified : undefined)
    if (!speaker) return undefined
    // An appositive or a relative clause may stand before the verb: “…,” an aide, who asked not to be named, said.
    const aside = /^,\s+(?:who|which|a|an|the)\s[^,;.!?“”"]*,\s+/u.exec(context.text.slice(speaker.end, speaker.end + 160))
    const cue = cueAfter(context, speaker.end) ?? (aside ? cueAfter(context, speaker.end + aside[0].length) : undefined)
    if (!cue || introducesNext(context, cue.end)) return undefined
    return {speaker, cue}
  }
})
