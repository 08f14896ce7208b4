/**
 * The speaker a sentence introduces without quoting them (“Howell says she wants the
 * government to act.”): the subject of its first reporting verb. Read by the rules that give
 * a cue-less quote the speaker of the sentence or paragraph before it.
 */

import type {MentionCandidate, RuleContext, TextRange} from '../types.js'
import {findMentions} from './candidates.js'
import {reportingVerb} from '../lexicon/cues.js'

/** The last sentence of the text ending at `end`, read back at most 400 characters. */
export function sentenceEndingAt(text: string, end: number): TextRange {
  const from = Math.max(0, end - 400)
  const window = text.slice(from, end)
  const boundary = Math.max(window.lastIndexOf('\n'), ...[...window.slice(0, -1).matchAll(/[.!?]["”’]?\s/g)].map((match) => match.index + match[0].length - 1))
  return {start: from + boundary + 1, end}
}

/** The subject and reporting verb of a sentence with no quote of its own, if it introduces a speaker. */
export function introducedSpeaker(context: RuleContext, sentence: TextRange): {speaker: MentionCandidate; cue: TextRange} | undefined {
  const {start} = sentence
  const written = context.text.slice(start, sentence.end)
  if (written.trim() === '' || /[“”"]/.test(written)) return undefined
  let cue: TextRange | undefined
  for (const match of written.matchAll(/(?<![\p{L}])(\p{Ll}+)(?![\p{L}])/gu)) {
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
