import {defineRule} from '../define-rule.js'
import {findMentions} from '../candidates.js'
import {reportingVerb} from '../../lexicon/cues.js'

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
    const end = context.text.slice(0, context.paragraph.start).trimEnd().length
    const from = Math.max(0, end - 400)
    const window = context.text.slice(from, end)
    const boundary = Math.max(window.lastIndexOf('\n'), ...[...window.slice(0, -1).matchAll(/[.!?]["”’]?\s/g)].map((match) => match.index + match[0].length - 1))
    const start = from + boundary + 1
    const sentence = context.text.slice(start, end)
    if (sentence.trim() === '' || /[“”"]/.test(sentence)) return undefined
    const verb = /(?<![\p{L}])(\p{Ll}+)(?![\p{L}])/gu
    let cue: {start: number; end: number} | undefined
    for (const match of sentence.matchAll(verb)) {
      if (reportingVerb(match[1]!) && !match[1]!.endsWith('ing')) {
        cue = {start: start + match.index, end: start + match.index + match[1]!.length}
        break
      }
    }
    if (!cue) return undefined
    const subject = findMentions(context.text, [{start, end: cue.start}], () => false)[0]
    if (!subject || subject.type === 'unnamed' || /[,;:]/.test(context.text.slice(subject.end, cue.start))) return undefined
    return {speaker: subject, cue}
  }
})
