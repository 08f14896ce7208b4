import {defineRule} from '../define-rule.js'
import {introducedSpeaker, sentenceEndingAt} from '../introduced-before.js'

/** Howell says she wants the government to act. ¶ “When my kids come home …” (no cue of its own). */
export const paragraphBefore = defineRule({
  id: 'paragraph-before',
  description: 'A quote opening its paragraph with no cue goes to the subject of a reporting verb closing the paragraph before: Howell says she wants … ¶ “…”.',
  confidence: 0.7,
  match(context) {
    const {open, kind} = context.quote
    if (kind === 'mention' || open !== context.paragraph.start || context.cues.length > 0) return undefined
    if (context.mentions.some((mention) => mention.type === 'name' || mention.type === 'description')) return undefined
    // The last sentence of the paragraph before, unless it holds a quote (then `previous-speaker` decides).
    let end = context.paragraph.start
    while (end > 0 && /\s/.test(context.text[end - 1]!)) end--
    return introducedSpeaker(context, sentenceEndingAt(context.text, end))
  }
})
