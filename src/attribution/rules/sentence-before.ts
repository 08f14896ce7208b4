import {defineRule} from '../define-rule.js'
import {introducedSpeaker, sentenceEndingAt} from '../introduced-before.js'

/** The negotiator said the talks would go on. “We are not giving up.” (no cue of its own, same paragraph). */
export const sentenceBefore = defineRule({
  id: 'sentence-before',
  description: 'A quote opening a sentence with no cue goes to the subject of a reporting verb in the sentence just before it in its paragraph: Schiff said the talks would go on. “We are not giving up.”',
  confidence: 0.7,
  match(context) {
    const {open, kind} = context.quote
    if (kind === 'mention' || open === context.paragraph.start || context.cues.length > 0) return undefined
    if (context.sentence.start !== open || context.mentions.some((mention) => mention.type === 'name' || mention.type === 'description')) return undefined
    let end = open
    while (end > context.paragraph.start && /\s/.test(context.text[end - 1]!)) end--
    const sentence = sentenceEndingAt(context.text, end)
    return sentence.start >= context.paragraph.start ? introducedSpeaker(context, sentence) : undefined
  }
})
