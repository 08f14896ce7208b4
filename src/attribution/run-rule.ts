/**
 * Run one rule on one quote, contained. Rules are user code: a rule that
 * throws or returns something malformed is reported (its id and the quote)
 * and skipped for that quote; a rule that is slow (a RegExp such as
 * `/(?<speaker>(a+)+)b/` backtracks for seconds) is reported and skipped for
 * the rest of the document; a RegExp only ever sees the text near its quote.
 * The document is never taken down by a rule.
 */

import type {Rule, RuleContext, RuleMatch} from '../types.js'
import {defaultRules} from './default-rules.js'
import {describe, validateMatch} from './validate-match.js'

/**
 * Our own rules are linear and tested: they are not timed. A time budget on them would make
 * results depend on how busy the machine is (a collection pause could skip a rule), and two
 * clock reads per rule and quote were a twentieth of the time on quote-dense text.
 */
const trusted: ReadonlySet<Rule> = new Set(defaultRules)

/** A problem with a rule, in plain-text offsets (the quote it happened on). */
export interface RuleFinding {
  readonly reason: string
  readonly ruleId: 'rule-failed' | 'slow-rule' | 'rule-text-capped'
  readonly start: number
  readonly end: number
}

/** Bounds on the time and text a rule gets. */
export const ruleLimits = Object.freeze({
  /** A rule may spend this long on one document … */
  budgetMs: 250,
  /** … plus this much per quote it was tried on, before it is reported and skipped. */
  budgetPerQuoteMs: 1,
  /** A RegExp rule is tried on at most this many characters either side of the quote. */
  patternReach: 1000
})

interface RuleState {
  ms: number
  calls: number
  skipped: boolean
  capped: number
  firstCapped?: {readonly context: RuleContext; readonly length: number}
}

/** Runs the rules of one document, keeping each rule's time and reporting into `findings`. */
export class RuleRunner {
  readonly #findings: RuleFinding[]
  readonly #rules: readonly Rule[]
  /** Each rule's state, by its place in `rules` (looked up for every rule and quote). */
  readonly #states: RuleState[]
  readonly #timed: boolean[]

  constructor(findings: RuleFinding[], rules: readonly Rule[]) {
    this.#findings = findings
    this.#rules = rules
    this.#states = rules.map(() => ({ms: 0, calls: 0, skipped: false, capped: 0}))
    this.#timed = rules.map((rule) => !trusted.has(rule))
  }

  /** The match of the rule at `index` of the rules for this quote, valid, or `undefined` (no match, failed, or skipped). */
  run(index: number, context: RuleContext): RuleMatch | undefined {
    const rule = this.#rules[index]!
    const state = this.#states[index]!
    if (state.skipped) return undefined
    const timed = this.#timed[index]!
    if (!timed) return this.#runTrusted(rule, state, context)
    const started = timed ? performance.now() : 0
    let checked
    try {
      checked = validateMatch(typeof rule.match === 'function' ? rule.match(context) : this.#runPattern(rule.match, context, state), context.text.length)
    } catch (error) {
      checked = {problem: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : describe(error)}`}
    } finally {
      if (timed) state.ms += performance.now() - started
      state.calls++
    }
    if (checked.problem) this.#report('rule-failed', `Rule \`${rule.id}\` ${checked.problem} on ${quoteName(context)}: skipped for this quote`, context)
    const budget = ruleLimits.budgetMs + ruleLimits.budgetPerQuoteMs * state.calls
    if (state.ms > budget) {
      state.skipped = true
      this.#report('slow-rule', `Rule \`${rule.id}\` took ${Math.round(state.ms)} ms on ${state.calls} ${state.calls === 1 ? 'quote' : 'quotes'} up to ${quoteName(context)}, over its budget of ${Math.round(budget)} ms: skipped for the rest of the document`, context)
    }
    return checked.match
  }

  /** One of our own rules: no clock and no budget (it is never skipped as slow), its result still checked. */
  #runTrusted(rule: Rule, state: RuleState, context: RuleContext): RuleMatch | undefined {
    state.calls++
    let checked
    try {
      const value = typeof rule.match === 'function' ? rule.match(context) : this.#runPattern(rule.match, context, state)
      if (value === undefined || value === null) return undefined
      checked = validateMatch(value, context.text.length)
    } catch (error) {
      checked = {problem: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : describe(error)}`}
    }
    if (checked.problem) this.#report('rule-failed', `Rule \`${rule.id}\` ${checked.problem} on ${quoteName(context)}: skipped for this quote`, context)
    return checked.match
  }

  /** Report what was left out of RegExp rules' text: once per rule, at the first quote it happened to. */
  finish(): void {
    for (const [index, state] of this.#states.entries()) {
      const rule = this.#rules[index]!
      if (!state.firstCapped) continue
      const {context, length} = state.firstCapped
      const others = state.capped > 1 ? ` (and ${state.capped - 1} more quotes)` : ''
      this.#report('rule-text-capped', `Rule \`${rule.id}\` was tried on the ${ruleLimits.patternReach} characters either side of ${quoteName(context)}, not its whole ${length}-character sentence${others}`, context)
    }
  }

  #runPattern(source: RegExp, context: RuleContext, state: RuleState): RuleMatch | undefined {
    const {outside, before} = context
    const from = Math.max(0, before.length - ruleLimits.patternReach)
    const to = Math.min(outside.length, before.length + 1 + ruleLimits.patternReach)
    if (from > 0 || to < outside.length) {
      state.capped++
      state.firstCapped ??= {context, length: outside.length}
    }
    const pattern = withIndices(source)
    pattern.lastIndex = 0
    const match = pattern.exec(outside.slice(from, to))
    const speaker = match?.indices?.groups?.speaker
    // An empty speaker group found no one.
    if (!match || !speaker || speaker[0] === speaker[1]) return undefined
    const cue = match.indices?.groups?.cue
    const toText = (range: [number, number]) => ({start: context.outsideToText(from + range[0]), end: context.outsideToText(from + range[1] - 1) + 1})
    return {speaker: toText(speaker), cue: cue ? toText(cue) : null}
  }

  #report(ruleId: RuleFinding['ruleId'], reason: string, context: RuleContext): void {
    this.#findings.push({reason, ruleId, start: context.quote.start, end: context.quote.end})
  }
}

const compiled = new WeakMap<RegExp, RegExp>()
function withIndices(pattern: RegExp): RegExp {
  let found = compiled.get(pattern)
  if (!found) {
    // One match from the start, with group indices: drop g/y, add d.
    const flags = pattern.flags.replace(/[dgy]/g, '')
    found = new RegExp(pattern.source, flags + 'd')
    compiled.set(pattern, found)
  }
  return found
}

function quoteName(context: RuleContext): string {
  const text = context.quote.text
  return `quote q${context.quote.index + 1} (“${text.length > 40 ? text.slice(0, 40) + '…' : text}”)`
}
