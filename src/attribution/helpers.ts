/**
 * Small questions rules ask of a context: which mention stands right after
 * this offset, which cue, which subject before it. Exported for users who
 * write their own function rules.
 */

import type {CueCandidate, MentionCandidate, RuleContext, TextRange} from '../types.js'
import {objectPosition} from '../lexicon/syntax.js'
import {reportingVerb} from '../lexicon/cues.js'
import {isWhiteSpace} from '../parse/white-space.js'

/** Adverbs allowed between a speaker and a cue (“Putin simply said”, “he added with a sigh”). */
const adverb = /^(?:[\p{L}-]+ly|also|then|later|again|once|often|simply|in turn|finally|now|still|had|has|have|was|is|would|will|could|can|did|does)\s+/iu
const possessive = /^(?:his|her|its|their)$/i

/** Words that may stand right before a subject: conjunctions and clause openers. */
const clauseOpeners = /^(?:and|but|or|nor|so|yet|as|while|when|whereas|because|although|though|if|that|after|before|since|until|once|where|then|also|now|even|meanwhile)$/

/** Whether the text before a mention ends with a verb-like word (“sit Putin”, “trashed Comey”): the mention is an object. */
function afterVerb(before: string): boolean {
  const last = /(\p{Ll}+)\s+(?:(?:the|a|an)\s+)?$/u.exec(before)
  if (!last) return false
  const word = last[1]!
  return !clauseOpeners.test(word) && !/ly$/.test(word) && (/(?:ed|es)$/.test(word) || reportingVerb(word) !== undefined || /^(?:sit|tell|call|ask|urge|thank|praise|attack|blame|accuse|back|endorse|support|defend|oppose|beat|face|join|meet|see|hear|let|make|help|warn|push|press)$/.test(word))
}

/** Whether a mention stands after a preposition or an object-taking verb, an article between or not (“in the depths of the Great Recession”). */
function inObjectPosition(before: string): boolean {
  if (objectPosition.test(before)) return true
  // Without a final article the text is the same as just tested.
  const article = articleAtEnd.exec(before)
  return article !== null && objectPosition.test(before.slice(0, article.index))
}

const articleAtEnd = /(?<![\p{L}])(?:the|a|an)\s+$/iu

/** Whether \`text\` holds more than \`most\` words (runs of non-space), counted without splitting it. */
function moreWordsThan(text: string, most: number): boolean {
  let count = 0
  let inWord = false
  for (let at = 0; at < text.length; at++) {
    const space = isWhiteSpace(text.charCodeAt(at))
    if (!space && !inWord && ++count > most) return true
    inWord = !space
  }
  return false
}

/** Whether `between` holds nothing but spaces, commas and adverbs. */
export function onlyAdverbs(between: string): boolean {
  let rest = between.replace(/^[\s,]+/, '')
  for (let step = 0; step < 4 && rest !== ''; step++) {
    const match = adverb.exec(rest)
    if (!match) return false
    rest = rest.replace(/^[\s,]+/, '').slice(match[0].length)
  }
  return rest.replace(/[\s,]+/g, '') === ''
}

/**
 * Where the attribution after a quote may start: its close, past stray closing marks the scanner
 * left outside it (the third mark of `''… 'it,''' said Mr. Meyer`, where an inner quote ends with the outer).
 */
export function afterQuote(context: RuleContext): number {
  let at = context.quote.close
  while (at < context.text.length && at - context.quote.close < 3 && /['’”"]/.test(context.text[at]!)) at++
  return at
}

/** The speaker-like mention starting within `gap` characters after `offset`, with only `allowed` between. */
export function mentionAfter(context: RuleContext, offset: number, allowed = /^[\s,]*$/, gap = 6): MentionCandidate | undefined {
  const found = context.mentions.find((mention) => mention.start >= offset)
  if (!found || found.start - offset > gap || !allowed.test(context.text.slice(offset, found.start))) return undefined
  if (found.type === 'pronoun' && possessive.test(found.text) && !/^her$/i.test(found.text)) return undefined
  return found
}

/** The verb cue after `offset`, with only adverbs (and commas) between. */
export function cueAfter(context: RuleContext, offset: number): (TextRange & {text: string}) | undefined {
  const found = context.cues.find((cue) => cue.start >= offset)
  if (!found || found.start - offset > 40) return undefined
  if (!onlyAdverbs(context.text.slice(offset, found.start))) return undefined
  return found
}

/** A relative clause set off by commas, ending where the verb starts: “, who is running for reelection this year, ”. */
const relativeClauseAtEnd = /,\s+who\s[^,;:.!?“”"]{1,100},\s+(?:[\p{Ll}]+ly\s+|also\s+|then\s+|later\s+)?$/u

/** “, who said”, “, who also told”: a relative pronoun (of a clause set off by commas) as the subject of the cue. */
const relativeSubject = /^,\s+who\s+(?:[\p{Ll}]+ly\s+|also\s+|then\s+|later\s+|once\s+|had\s+|has\s+)?$/u

/**
 * The subject of a cue: the nearest mention before it that is not owned
 * (“his”), not after a preposition (“to Putin”), and not inside a quote.
 */
export function subjectBefore(context: RuleContext, offset: number, maxWords = Number.POSITIVE_INFINITY): MentionCandidate | undefined {
  // “Pence, who is running for reelection, praised …”: a relative clause set off by commas between the subject and its verb.
  const lead = context.text.slice(Math.max(context.sentence.start, offset - 160), offset)
  const relative = relativeClauseAtEnd.exec(lead)
  if (relative) {
    const clauseStart = offset - lead.length + relative.index
    const head = context.mentions.find((mention) => mention.end === clauseStart && mention.type !== 'pronoun')
    if (head && head.end - head.start <= 80) return head
  }
  for (let index = context.mentions.length - 1; index >= 0; index--) {
    const mention = context.mentions[index]!
    if (mention.end > offset) continue
    const between = context.text.slice(mention.end, offset)
    if (maxWords !== Number.POSITIVE_INFINITY && moreWordsThan(between, maxWords)) return undefined
    if (mention.type === 'pronoun' && possessive.test(mention.text)) continue
    // An owner (“Trump’s aides said”) is not the subject; a pronoun before ’s is (“He’s claiming”).
    if (mention.type !== 'pronoun' && /^[’']/.test(context.text.slice(mention.end, mention.end + 1))) continue
    // “… steep for Mr. Sanders, who said”: the relative pronoun’s antecedent speaks, wherever it stands.
    if (mention.type !== 'pronoun' && relativeSubject.test(between)) return mention
    if (inObjectPosition(context.text.slice(Math.max(context.sentence.start, mention.start - 24), mention.start))) continue
    if (afterVerb(context.text.slice(Math.max(context.sentence.start, mention.start - 24), mention.start))) continue
    // A clause boundary (“;”, a sentence end) between them ends the search.
    if (/[;.!?]\s/.test(between)) return undefined
    const described = mention.type === 'description' || mention.type === 'unnamed'
    return described && /^\s*,/.test(between) ? headOfAppositives(context, index) ?? mention : mention
  }
  return undefined
}

/**
 * A mention closed by a comma before its verb may be an appositive or sit in a relative clause; the
 * subject is then the name the commas hang from: “Jean Roux, the foreign minister, a veteran
 * of the council, said” → Jean Roux; “Obi, who leads the party, added” → Obi.
 */
function headOfAppositives(context: RuleContext, index: number): MentionCandidate | undefined {
  const {text, mentions} = context
  let found: MentionCandidate | undefined
  let current = mentions[index]!
  for (let at = index - 1; at >= 0 && index - at <= 4; at--) {
    const earlier = mentions[at]!
    if (earlier.start < context.sentence.start) break
    const gap = text.slice(earlier.end, current.start)
    // “X, the minister, …” (apposition) or “X, who leads the party, …” (a relative clause between).
    const apposition = /^,\s+$/.test(gap)
    const relative = /^,\s+(?:who|which)\s[^,;.!?]*$/u.test(gap)
    if (!apposition && !relative) break
    if (earlier.type === 'name' && !objectPosition.test(text.slice(Math.max(context.sentence.start, earlier.start - 16), earlier.start))) found = earlier
    current = earlier
  }
  return found
}

/** Words that may open a sentence before its subject: “In a statement, …”, “On Tuesday, …”, “But …”. */
const maxWordsBeforeSubject = 8

/**
 * The subject of the sentence a quote stands in: its first mention outside
 * quotes, before `offset`, not owned (“his”), not after a preposition, within
 * the first few words or right after an opening phrase and comma (“On
 * Tuesday, Gov. Jerry Brown endorsed her, citing …”).
 */
export function sentenceSubject(context: RuleContext, offset: number): MentionCandidate | undefined {
  const {text, sentence} = context
  for (const mention of context.mentions) {
    if (mention.end > offset) return undefined
    if (mention.start < sentence.start) continue
    const lead = text.slice(sentence.start, mention.start)
    // Only an opening phrase may come first; a clause boundary ends the search.
    if (lead.split(/\s+/).filter(Boolean).length > maxWordsBeforeSubject || /[;:]/.test(lead)) return undefined
    if (/[“”"‘]/.test(lead)) return undefined
    // After an opening phrase (“During the meeting,”), a capitalised word before the mention is a subject that cannot speak (“Russia pressed the group”).
    const clause = lead.includes(',') ? ' ' + lead.slice(lead.lastIndexOf(',') + 1) : lead.replace(/^\s*\S+/, '')
    if (/\s\p{Lu}/u.test(clause)) return undefined
    if (mention.type === 'pronoun' && (possessive.test(mention.text) || /^(?:it|its)$/i.test(mention.text))) continue
    if (inObjectPosition(text.slice(Math.max(sentence.start, mention.start - 24), mention.start))) continue
    if (mention.type !== 'pronoun' && /^[’']s?\b/.test(text.slice(mention.end, mention.end + 2))) continue
    return mention
  }
  return undefined
}

/**
 * The last verb cue before the quote when it introduces the quote: up to a few words after it
 * (“told supporters”, “said in a statement”), then a comma, a colon or nothing, and no “that”
 * clause between them (He added, “…” / X told supporters: “…”).
 */
export function introducingCue(context: RuleContext): CueCandidate | undefined {
  const {open} = context.quote
  const cue = context.cues.findLast((candidate) => candidate.end <= open && candidate.type === 'verb')
  if (!cue) return undefined
  const between = context.text.slice(cue.end, open)
  if (!/^(?:\s+[\p{L}’'-]+){0,6}\s*[,:]?\s*$/u.test(between) || /\b(?:that|whether|if)\b/i.test(between)) return undefined
  return cue
}

/**
 * The speaker of a cue: the subject before it, or, for a participle after a
 * comma (“Giuliani trashed Comey, calling it a “no-brainer””), the subject
 * of the sentence, since the nearest name is the main verb's object.
 */
export function cueSubject(context: RuleContext, cue: TextRange & {readonly text: string}, maxWords?: number): MentionCandidate | undefined {
  const lead = context.text.slice(Math.max(context.sentence.start, cue.start - 16), cue.start)
  // “…, saying” / “… while chanting” / “… before adding”: the participle’s subject is the main clause’s.
  const participle = /ing$/i.test(cue.text) && /(?:,\s*(?:and\s+)?|(?<![\p{L}])(?:while|after|before|when|without|upon|by)\s+)$/iu.test(lead)
  // “… supported Obama over Clinton and said”: a verb coordinated with “and” shares its clause’s subject.
  const coordinated = !participle && /(?<![\p{L}])and\s+(?:\p{Ll}+ly\s+|later\s+|then\s+|also\s+)?$/u.test(lead)
  // “Ms. Sherry smiled and said”: the subject of the verb just before “and”, else as for a participle.
  const near = coordinated && !/ing$/i.test(cue.text) ? subjectBefore(context, cue.start, 4) : undefined
  if (near && !context.text.slice(near.end, cue.start).includes(',')) return near
  if (participle || coordinated) {
    // “Spicer said, adding”, “Cruz said … that Trump represents “…,” stating”: the sentence’s first reporting verb, the main clause’s, has that subject.
    const main = context.cues.find((other) => other.type === 'verb' && other.start >= context.sentence.start && other.end <= cue.start && /^\p{Ll}/u.test(other.text) && !/ing$/i.test(other.text))
    const subject = (main && subjectBefore(context, main.start)) ?? sentenceSubject(context, cue.start)
    if (subject) return subject
  }
  return subjectBefore(context, cue.start, maxWords)
}

/** Verbs that plainly report speech and open a clause of their own: a cue inside their clause is part of what was reported. */
const plainSpeech = new Set(['say', 'tell', 'write', 'add', 'state', 'claim', 'argue', 'insist', 'note', 'explain', 'warn', 'declare', 'announce', 'predict', 'suggest', 'contend', 'maintain', 'assert', 'allege', 'acknowledge', 'admit', 'concede', 'testify', 'recall'])

/**
 * An earlier plain reporting verb of the sentence whose clause holds `cue`, with its subject:
 * “Cruz said he’s certain Rubio will continue to be “…”” → Cruz, not Rubio. Only for a cue
 * that is no plain reporting verb itself, with no clause boundary (“;”, “, and”, “, but”)
 * nor quote between the two.
 */
export function reportingClause(context: RuleContext, cue: CueCandidate): {speaker: MentionCandidate; cue: CueCandidate} | undefined {
  const own = reportingVerb(cue.text.split(/\s/)[0]!)
  if (own !== undefined && plainSpeech.has(own)) return undefined
  // A cue that opens the quote itself has its own speaker: “…, to which O’Malley interjected: “…””.
  if (/^\s*[,:]\s*$/.test(context.text.slice(cue.end, context.quote.open))) return undefined
  const earlier = context.cues.findLast((other) => other.type === 'verb' && other.end <= cue.start && other.start >= context.sentence.start)
  if (!earlier || !plainSpeech.has(reportingVerb(earlier.text.split(/\s/)[0]!) ?? '')) return undefined
  if (!/^\p{Ll}/u.test(earlier.text) || /ing$/.test(earlier.text)) return undefined
  const between = context.text.slice(earlier.end, cue.start)
  if (/[;:“”"]|,\s+(?:and|but|while|whereas)\s|\.\s/u.test(between)) return undefined
  // Only a clause opens after the verb: “said (that) …”, “told reporters (that) …”, not “said, adding”.
  if (/^\s*,/.test(between)) return undefined
  const speaker = cueSubject(context, earlier)
  return speaker && {speaker, cue: earlier}
}
