import type {MentionCandidate, RuleContext, TextRange} from '../../types.js'
import {defineRule} from '../define-rule.js'
import {cueSubject, mentionAfter, sentenceSubject} from '../helpers.js'
import {namingVerbs} from '../../lexicon/cues.js'
import {inflect} from '../../lexicon/inflect.js'
import {isWhiteSpace} from '../../parse/white-space.js'

const forms = [...new Set(namingVerbs.flatMap((verb) => [...inflect(verb)]))].sort((a, b) => b.length - a.length).join('|')
/** A naming verb, up to five words of its object (none a clause), an optional “as”, then the quote. */
const frame = new RegExp(`(?<![\\p{L}])(${forms})((?:\\s+[\\p{L}\\d’'.-]+){0,5}?)(?:\\s+as)?\\s*$`, 'iu')
const objectPreposition = /(?<![\p{L}])(?:for|about|with|to|out|up|on|in|at|from|during|over|after|of)(?![\p{L}])/iu
const passive = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu
/** “what multiple lawmakers called”: the words between “what” and the verb are its subject. */
const whatClause = /\bwhat\s+((?:[\p{L}’'.-]+\s+){1,4})$/iu

/** The speaker of an active naming verb: after “what”, the words before the verb; after “and”, the sentence’s subject. */
function activeSubject(context: RuleContext, verb: TextRange & {text: string}): MentionCandidate | TextRange | undefined {
  const lead = context.text.slice(Math.max(context.sentence.start, verb.start - 60), verb.start)
  const what = whatClause.exec(lead)
  if (what) {
    const start = verb.start - what[1]!.length
    const end = verb.start - (what[1]!.length - what[1]!.trimEnd().length)
    // A name inside is the head (“what Senator Ruiz called”); an owner is not (“what her team calls”).
    return context.mentions.find((mention) => mention.start >= start && mention.end <= end && !/^(?:his|her|its|their|my|our|your)$/i.test(mention.text)) ?? {start, end}
  }
  // “Carson took the stage at the Grand Hotel and called the system …”: a coordinated verb shares the sentence’s subject.
  if (/\band\s+(?:\p{L}+ly\s+)?$/iu.test(lead)) return sentenceSubject(context, verb.start) ?? cueSubject(context, verb)
  return cueSubject(context, verb) ?? openingSubject(context, verb)
}

/** “Japan branded …”, “His surrogates called …”: a short phrase opening the sentence right before the verb, when no speaker phrase was found there. */
function openingSubject(context: RuleContext, verb: TextRange): TextRange | undefined {
  const lead = context.text.slice(context.sentence.start, verb.start)
  const words = /^(\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,3})\s+$/u.exec(lead)
  return words ? {start: context.sentence.start, end: context.sentence.start + words[1]!.length} : undefined
}

const wordOrSpace = /[\s\p{L}\d’'.-]/u

/** Where the last run of characters that \`frame\` can match (space, letters, digits, ’'.-) starts in \`text\`. */
function afterLastNonWord(text: string): number {
  let at = text.length
  while (at > 0) {
    const code = text.charCodeAt(at - 1)
    if (code < 0x80) {
      // a–z, A–Z, 0–9, white space, ’ is not ASCII; ' . - are.
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) at--
      else if ((code >= 0x30 && code <= 0x39) || code === 0x20 || (code >= 9 && code <= 13) || code === 0x27 || code === 0x2e || code === 0x2d) at--
      else break
    } else {
      // A letter outside the Basic Multilingual Plane is a pair of code units: test both.
      const pair = code >= 0xdc00 && code <= 0xdfff && at > 1 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff
      const width = pair ? 2 : 1
      if (!wordOrSpace.test(text.slice(at - width, at))) break
      at -= width
    }
  }
  return at
}

/** Where the last \`count\` runs of non-space characters of \`text\` after \`from\` start (\`from\` when there are fewer). */
function startOfLastWords(text: string, from: number, count: number): number {
  let at = text.length
  for (let words = 0; words < count; words++) {
    while (at > from && isWhiteSpace(text.charCodeAt(at - 1))) at--
    while (at > from && !isWhiteSpace(text.charCodeAt(at - 1))) at--
    if (at === from) return from
  }
  return at
}

const formSet: ReadonlySet<string> = new Set(forms.split('|'))

/**
 * Whether a word of \`text\` after \`from\` may be the frame's verb: its letters at its end, after any
 * other character, are a naming verb's form. A word with letters outside ASCII is left to the pattern.
 */
function endsWithNamingVerb(text: string, from: number): boolean {
  let at = text.length
  while (at > from) {
    while (at > from && isWhiteSpace(text.charCodeAt(at - 1))) at--
    const end = at
    let ascii = true
    while (at > from) {
      const code = text.charCodeAt(at - 1)
      if (code >= 0x80) ascii = false
      else if (!((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) break
      at--
    }
    if (!ascii || formSet.has(text.slice(at, end).toLowerCase())) return true
    while (at > from && !isWhiteSpace(text.charCodeAt(at - 1))) at--
  }
  return false
}

/**
 * Nair branded the plan “a land grab” / an explosion that the mayor described as “…” / what
 * lawmakers called “fraud” / the plan was described as “reckless” by Senator Avery.
 */
export const namingFrame = defineRule({
  id: 'naming-frame',
  description: 'A verb that names or characterises (call, brand, dub, label, term, describe as) before the quote: its subject speaks, not its object; in the passive, the agent after “by”: Nair branded the plan “a land grab” / it was described as “reckless” by Avery.',
  confidence: 0.85,
  match(context) {
    const {before, quote} = context
    const tail = before.slice(-120)
    // The frame holds only words and spaces, seven words at most (the verb, five words, “as”): it is looked
    // for among the last seven words after the last other character (a comma, a mark).
    const from = startOfLastWords(tail, afterLastNonWord(tail), 7)
    if (!endsWithNamingVerb(tail, from)) return undefined
    const found = frame.exec(from === 0 ? tail : tail.slice(from))
    // The object is a bare noun phrase: a preposition makes another verb (“calls for”, “calling out X for his”).
    if (!found || /[,;:“”"]/.test(found[2]!) || objectPreposition.test(found[2]!)) return undefined
    const start = quote.open - tail.length + from + found.index
    const verb = {start, end: start + found[1]!.length, text: found[1]!}
    if (/ed$/i.test(verb.text) && passive.test(context.text.slice(Math.max(context.sentence.start, start - 24), start))) {
      // No agent, no speaker here: the thing described does not speak.
      const agent = mentionAfter(context, quote.close, /^[\s,]*by\s+$/, 8)
      return agent ? {speaker: agent, cue: verb} : undefined
    }
    const speaker = activeSubject(context, verb)
    return speaker ? {speaker, cue: verb} : undefined
  }
})
