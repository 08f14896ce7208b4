/**
 * Public types of whosaid.
 *
 * Offsets (`start`, `end`) in everything returned to users point into the
 * original source string, so that `source.slice(start, end) === text`.
 * Internally, stages work on the *plain text* of the document (the source with
 * markup removed); the offset map (`source/offset-map.ts`) turns plain offsets
 * back into source offsets at the very end.
 */

import type {Sentence as SentenceNode} from 'nlcst'

/** How a quotation is used in the writer's text. */
export type QuoteKind = 'full' | 'partial' | 'mention'

/**
 * What kind of thing a speaker is. `unnamed`: a source the text never names
 * (“a senior official”). `unresolved`: a pronoun that stands for nobody the
 * document names (“he said” with no man before it); `name` is then the
 * pronoun in lowercase and `mention` where it stood.
 */
export type SpeakerKind = 'person' | 'organization' | 'unnamed' | 'unresolved'

/** Kind of source text. */
export type SourceFormat = 'text' | 'html' | 'markdown' | 'mdx'

/** A stretch of the source: its characters and where they are. */
export interface Span {
  /** `source.slice(start, end)`. */
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Who said a quote. */
export interface Speaker {
  /** The document's canonical name for the entity (“Vladimir Putin”). */
  readonly name: string
  /** What stood in the text (“he”, “the Kremlin leader”, “Putin”). */
  readonly mention: Span
  readonly kind: SpeakerKind
}

/** One direct quotation. */
export interface Quote {
  /** `q1`, `q2`, … in document order. */
  readonly id: string
  /** The source characters between the opening and closing mark. */
  readonly text: string
  readonly start: number
  readonly end: number
  /**
   * The quote as plain text, when it differs from `text` (HTML or Markdown
   * sources, where `text` holds markup and character references).
   */
  readonly decoded?: string
  readonly kind: QuoteKind
  readonly speaker: Speaker | null
  /** The reporting phrase that introduced the quote (“said”, “told reporters”). */
  readonly cue: Span | null
  /** Id of the attribution rule that decided the speaker. */
  readonly rule: string | null
  /** 0 to 1: how sure the deciding rule and the mention resolution are. */
  readonly confidence: number
  /** Id of the quote this one continues (“A,” he said, “B.”). */
  readonly continues?: string
  /** The opening and closing marks as written (closing is `''` if the quote was left open). */
  readonly marks: {readonly open: string; readonly close: string}
}

/** A person or body that the document mentions. */
export interface Entity {
  /** `e1`, `e2`, … */
  readonly id: string
  /** Canonical name: the fullest form the document uses (“Vladimir Putin”). */
  readonly name: string
  readonly kind: 'person' | 'organization'
  readonly gender: 'male' | 'female' | null
  /** Every distinct way the document refers to it, the canonical name included. */
  readonly aliases: readonly string[]
  /** Roles and titles seen with it (“president”, “chief rabbi”). */
  readonly roles: readonly string[]
  readonly mentions: readonly Span[]
}

/** A finding: a warning about the input (unclosed mark, …). */
export interface Finding {
  readonly reason: string
  readonly ruleId: string
  readonly source: 'whosaid'
  readonly start: number
  readonly end: number
}

/** Result of `extractQuotes`. */
export interface Extraction {
  readonly quotes: Quote[]
  readonly entities: Entity[]
  readonly messages: Finding[]
}

/** A plain-text range, offsets into the document's plain text. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/** What a rule sees of one quote. All offsets are into `context.text`. */
export interface RuleContext {
  /** Plain text of the whole document. */
  readonly text: string
  /** The quote: `start`/`end` exclude the marks; `open`/`close` include them. */
  readonly quote: {
    readonly index: number
    readonly start: number
    readonly end: number
    readonly open: number
    readonly close: number
    readonly text: string
    readonly kind: QuoteKind
    /** Index of the quote this one continues, if any. */
    readonly continues: number | undefined
  }
  /** Paragraph holding the opening mark. */
  readonly paragraph: TextRange & {readonly index: number; readonly text: string}
  /** The sentence(s) holding the quote, widened so that the quote is whole. */
  readonly sentence: TextRange & {readonly text: string}
  /** nlcst sentence nodes of that range, positions as offsets into `text`; parsed when first read. */
  readonly nodes: readonly SentenceNode[]
  /** Sentence text before the opening mark. */
  readonly before: string
  /** Sentence text after the closing mark. */
  readonly after: string
  /**
   * Sentence text with the quote (marks included) replaced by
   * `quotePlaceholder`: what RegExp rules are tried on.
   */
  readonly outside: string
  /** Turn an index into `outside` into an offset into `text`. */
  readonly outsideToText: (index: number) => number
  /** Quotes before this one, as attributed so far. */
  readonly previous: ReadonlyArray<AttributedSpan>
  /** Speaker-like phrases (names, pronouns, descriptions) of the sentence, in order. */
  readonly mentions: ReadonlyArray<MentionCandidate>
  /** Reporting cues (said, told, according to, …) of the sentence outside quotes, in order. */
  readonly cues: ReadonlyArray<CueCandidate>
  /** Whether the sentence range is a headline-like line (no final punctuation). */
  readonly headline: boolean
  /** People the document names, with every form of their name it uses. */
  readonly entities: ReadonlyArray<{readonly name: string; readonly aliases: ReadonlySet<string>}>
}

/** A quote seen earlier, with what was decided for it. */
export interface AttributedSpan extends TextRange {
  readonly open: number
  readonly close: number
  readonly paragraph: number
  readonly kind: QuoteKind
  readonly speaker: ResolvedSpeaker | null
}

/** A speaker candidate in a sentence. */
export interface MentionCandidate extends TextRange {
  readonly text: string
  readonly type: 'name' | 'pronoun' | 'description' | 'unnamed'
}

/** A reporting cue in a sentence. */
export interface CueCandidate extends TextRange {
  readonly text: string
  /** `verb` (said), `noun` (his remarks) or `source` (according to). */
  readonly type: 'verb' | 'noun' | 'source'
}

/** A speaker after resolution, in plain-text offsets. */
export interface ResolvedSpeaker {
  readonly name: string
  readonly kind: SpeakerKind
  readonly mention: TextRange & {readonly text: string}
  /** How sure the resolution of the mention is (1 for a name). */
  readonly certainty: number
}

/** What a function rule returns when it decides. */
export interface RuleMatch {
  /** The mention in the text, or an already resolved speaker to reuse. */
  readonly speaker: TextRange | ResolvedSpeaker
  readonly cue?: TextRange | null
  /** Overrides the rule's confidence. */
  readonly confidence?: number
}

/** An attribution rule. */
export interface Rule {
  /** Stable id, reported in `quote.rule`. */
  readonly id: string
  readonly description: string
  /** 0 to 1, default 0.8. */
  readonly confidence?: number
  /**
   * A function over the quote's context, or a RegExp tried on
   * `context.outside` whose named group `speaker` (and optional `cue`) gives
   * the mention.
   */
  readonly match: RegExp | ((context: RuleContext) => RuleMatch | null | undefined)
}

/** Options of `extractQuotes`. */
export interface Options {
  /** Kind of source; default `'text'`. */
  readonly format?: SourceFormat
  /**
   * Attribution rules: an array replaces the defaults; a function gets the
   * defaults and returns the rules to use (to add, remove or reorder).
   */
  readonly rules?: ReadonlyArray<Rule> | ((defaults: ReadonlyArray<Rule>) => ReadonlyArray<Rule>)
  /** Attributions below this confidence are dropped (speaker `null`); default 0. */
  readonly minConfidence?: number
  /** Largest source, in characters (UTF-16 code units), extracted; a larger one is refused. Default 10,000,000. */
  readonly maxSize?: number
}

/** One thing to cluster. */
export interface ClusterItem {
  readonly id: string
  readonly text: string
  readonly speaker?: string | null
  readonly document?: string | null
}

/** A member of a cluster and its similarity to the representative. */
export interface ClusterMember {
  readonly id: string
  /** 0 to 1; 1 for the representative. */
  readonly similarity: number
}

/** One statement: the wordings of it that were given. */
export interface Cluster {
  readonly id: string
  readonly speaker: string | null
  /** Id of the fullest wording. */
  readonly representative: string
  readonly members: ClusterMember[]
}

/** Options of `clusterQuotes` and `ClusterIndex`. */
export interface ClusterOptions {
  /** Similarity (weighted content-word Jaccard, word order mixed in) at which two wordings are one statement in a small collection; two thirds of it is the floor in a large one; default 0.3. */
  readonly threshold?: number
  /** Share of a fragment's (weighted) content words found in a wording to join it; default 0.9. */
  readonly containment?: number
  /** Minimal rarity-weighted content of a fragment for it to join anything; default 1.5. */
  readonly minFragmentWeight?: number
  /** Entries of single-term postings read at most per wording when looking for candidates, rarest terms first, the newest 32 of each term at most, 1 to 1,024; default 256 (pairs of neighbouring terms are read besides, see the README). */
  readonly maxPostings?: number
  /** Share of the similarity given to word order (the same measure on pairs of neighbouring content words), from 0 to 1; a fragment's containment counts 1.6 times this share (at most all); default 0.25. */
  readonly wordOrder?: number
  /** How far a pair's similarity must stand above what its two wordings share with their other neighbours (its neighbourhood, see docs/clustering.md), 0 to 1; default 0.09. */
  readonly margin?: number
  /** Whether words of a shared WordNet synonym set count as a partial match; default true. */
  readonly synonyms?: boolean
  /** Whether words one edit apart (“Sassuolo” / “Sasuolo”, “colour” / “color”; letters only, stems of 5 letters or more) count as a partial match; default true. */
  readonly spellings?: boolean
  /** Whether words whose stems share their first 6 letters (“hospital” / “hospitalised”, “economy” / “economic”; letters only) count as a partial match; default true. */
  readonly derivations?: boolean
  /**
   * Whether two wordings left alone after the clear joins, each other's best among the wordings left alone by a small gap, join (*leftover pairs*): `true`, `false`, or `'auto'` (the default): only in a batch where four in five wordings or more have already joined another (two translations of one text), not in news, where most quotes have no variant and two leftovers near each other are mostly two statements.
   * WMT21 cs-en pooled F1 88.8 → 90.1 with `'auto'`; half the sentences without a partner or real news: unchanged.
   */
  readonly pairLeftovers?: boolean | 'auto'
}
