import {defineRule} from '../define-rule.js'
import {cueAfter, mentionAfter} from '../helpers.js'

/** “…,” Putin said. / “…,” the Kremlin leader added. / “…,” he told Putin. */
export const quoteSpeakerCue = defineRule({
  id: 'quote-speaker-cue',
  description: 'A speaker then a reporting verb right after the quote: “…,” Putin said / the Kremlin leader added / he told reporters.',
  confidence: 0.95,
  match(context) {
    const speaker = mentionAfter(context, context.quote.close)
    if (!speaker) return undefined
    const cue = cueAfter(context, speaker.end)
    return cue ? {speaker, cue} : undefined
  }
})
