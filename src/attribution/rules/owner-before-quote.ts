import {defineRule} from '../define-rule.js'

/** At most this many words between the owner and the quote: “Trump’s recent evidence-free assertion that “…””. */
const maxWords = 10
const ownerPronoun = /^(?:his|her|their)$/i

/**
 * A quote with no speech verb in its sentence, after an owned phrase: the owner said it. Rubio’s catch
 * phrase was that “…” / his long embrace of “birtherism” / Mitt Romney’s “47 percent” comment.
 */
export const ownerBeforeQuote = defineRule({
  id: 'owner-before-quote',
  description: 'A quote with no speech verb in its sentence, a few words after an owner (a name with ’s, or his, her, their): the owner said it: Trump’s controversial pledge to be “neutral” / his embrace of “birtherism”.',
  confidence: 0.6,
  match(context) {
    const {text, quote, sentence} = context
    if (quote.kind === 'mention' || context.cues.some((cue) => cue.type === 'verb' && /^\p{Ll}/u.test(cue.text))) return undefined
    for (let index = context.mentions.length - 1; index >= 0; index--) {
      const mention = context.mentions[index]!
      if (mention.end > quote.open || mention.start < sentence.start) continue
      const between = text.slice(mention.end, quote.open)
      if (/[;:.!?“”"]/.test(between.replace(/^[’']s?/, '')) || between.split(/\s+/).filter(Boolean).length > maxWords) return undefined
      const owned = mention.type === 'pronoun' ? ownerPronoun.test(mention.text) && /^\s+\p{Ll}/u.test(between) : mention.type !== 'unnamed' && /^[’']s?\s/.test(between)
      if (owned) return {speaker: mention}
    }
    return undefined
  }
})
