import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'

/** According to his physician, he had “astonishingly excellent” results / … “…” according to the news outlet. */
export const sourceInSentence = defineRule({
  id: 'source-in-sentence',
  description: 'A source phrase anywhere in the quote’s sentence names the speaker: According to his physician, he had “astonishingly excellent” results.',
  confidence: 0.8,
  match(context) {
    if (context.quote.kind === 'mention') return undefined
    for (const cue of context.cues) {
      if (cue.type !== 'source' || /^in (?:his|her|their|its) words$/i.test(cue.text)) continue
      const speaker = mentionAfter(context, cue.end, /^\s*$/, 3)
      if (speaker && speaker.type !== 'pronoun') return {speaker, cue}
    }
    return undefined
  }
})
