/**
 * `whosaid/testing`: write attribution rules and test them in your own test
 * runner.
 *
 *     new RuleTester().run('my-rule', myRule, {
 *       attributed: [{text: '“Hi,” said Ann Lee.', expected: [{quote: 'Hi,', speaker: 'Ann Lee'}]}],
 *       unattributed: [{text: 'The word “hi” is short.'}]
 *     })
 *
 * Each case is one test. The rule runs alone on it (rules that build on
 * earlier attributions, such as `split-quote`, name the rules to run first in
 * `also`), so a case shows what this rule decides and nothing else.
 *
 * The tests are declared with the `describe` and `it` of the runner that is
 * running, never a copy of one: a bundled vitest is not the vitest that runs
 * the consumer's tests, and its `describe` crashes. As ESLint's RuleTester
 * does, we take them from the constructor, else the runner's globals (jest,
 * mocha, vitest with `globals`), else the consumer's own `vitest` (an optional
 * peer dependency, loaded only when there are no globals).
 */

import type {Quote, Rule, SourceFormat} from './types.js'
import {extractQuotes} from './extract.js'

export {defineRule} from './attribution/define-rule.js'

export interface ExpectedAttribution {
  /** Text of the quote (between the marks), or a part of it. */
  readonly quote: string
  /** Canonical name expected, or `null` for a quote the rule must leave alone. */
  readonly speaker: string | null
  /** The cue expected, if the rule gives one. */
  readonly cue?: string
}

export interface UnattributedCase {
  /** The document. */
  readonly text: string
  /** Test name (default: the start of `text`). */
  readonly name?: string
  /** Format of `text` (default `'text'`). */
  readonly format?: SourceFormat
  /** Rules that run before this one (for rules that build on earlier attributions). */
  readonly also?: readonly Rule[]
  /** Run only the cases marked `only` (the runner's `it.only`). */
  readonly only?: boolean
}

export interface AttributedCase extends UnattributedCase {
  /**
   * Every quote this rule attributes, and any quote it must leave alone
   * (`speaker: null`). At least one entry must have a speaker, and the rule
   * must attribute no quote that is not listed.
   */
  readonly expected: readonly ExpectedAttribution[]
}

export interface RuleTests {
  readonly attributed?: readonly AttributedCase[]
  readonly unattributed?: readonly UnattributedCase[]
}

type Body = () => void
export type Describe = (name: string, body: Body) => void
export type It = ((name: string, body: Body) => void) & {readonly only?: (name: string, body: Body) => void}

export interface TestRunner {
  readonly describe?: Describe
  readonly it?: It
}

const caseKeys = {
  attributed: new Set(['text', 'expected', 'name', 'format', 'also', 'only']),
  unattributed: new Set(['text', 'name', 'format', 'also', 'only'])
}
const expectedKeys = new Set(['quote', 'speaker', 'cue'])

/** The consumer's vitest, when no runner put `describe`/`it` on the global object. */
const vitest: TestRunner | undefined = globalRunner() ? undefined : await import('vitest').catch(() => undefined)

export class RuleTester {
  readonly #runner: TestRunner

  /** `describe` and `it` default to the running runner's (see the file header). */
  constructor(runner: TestRunner = {}) {
    if (runner === null || typeof runner !== 'object') throw new TypeError(`Expected an object with \`describe\` and \`it\` as the runner, not \`${runner === null ? 'null' : typeof runner}\``)
    this.#runner = runner
  }

  run(name: string, rule: Rule, tests: RuleTests): void {
    if (typeof name !== 'string') throw new TypeError(`Expected a string as the name of the tests, not \`${name === null ? 'null' : typeof name}\``)
    if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string') throw new TypeError(`Expected a rule (from \`defineRule\`) for \`${name}\`, not \`${rule === null ? 'null' : typeof rule}\``)
    if (!tests || typeof tests !== 'object') throw new TypeError(`Expected an object with \`attributed\` and \`unattributed\` cases for \`${name}\`, not \`${tests === null ? 'null' : typeof tests}\``)
    for (const key of Object.keys(tests)) {
      if (key !== 'attributed' && key !== 'unattributed') throw new TypeError(`Unknown key \`${key}\` in the tests of \`${name}\`: expected \`attributed\` or \`unattributed\``)
    }
    const attributed = tests.attributed ?? []
    const unattributed = tests.unattributed ?? []
    // Check every case before declaring any test: a malformed suite fails as a whole, where it is written.
    for (const [index, item] of attributed.entries()) {
      const where = `${name} attributed[${index}]`
      checkCase(item, caseKeys.attributed, where)
      if (!Array.isArray(item.expected)) throw new TypeError(`Expected an array as \`expected\` in ${where}, not \`${typeof item.expected}\``)
      for (const expected of item.expected) checkKeys(expected, expectedKeys, `${where}.expected`)
      if (!item.expected.some((expected) => typeof expected.speaker === 'string')) {
        throw new TypeError(`Expected at least one quote with a \`speaker\` in ${where}: a case where the rule attributes nothing belongs in \`unattributed\``)
      }
    }
    for (const [index, item] of unattributed.entries()) checkCase(item, caseKeys.unattributed, `${name} unattributed[${index}]`)

    const {describe, it} = this.#resolve()
    describe(name, () => {
      for (const item of attributed) declare(it, item, `attributed: ${item.text.slice(0, 60)}`, () => assertAttributed(rule, item))
      for (const item of unattributed) declare(it, item, `unattributed: ${item.text.slice(0, 60)}`, () => assertUnattributed(rule, item))
    })
  }

  #resolve(): {describe: Describe; it: It} {
    const fallback = globalRunner() ?? vitest
    const describe = this.#runner.describe ?? fallback?.describe
    const it = this.#runner.it ?? fallback?.it
    if (typeof describe !== 'function' || typeof it !== 'function') {
      throw new TypeError('Expected a test runner: run the tests with vitest (installed in your project), a runner that defines global `describe` and `it`, or pass them: `new RuleTester({describe, it})`')
    }
    return {describe, it}
  }
}

function globalRunner(): TestRunner | undefined {
  const scope = globalThis as {describe?: unknown; it?: unknown}
  return typeof scope.describe === 'function' && typeof scope.it === 'function' ? {describe: scope.describe as Describe, it: scope.it as It} : undefined
}

function declare(it: It, item: UnattributedCase, fallbackName: string, body: Body): void {
  if (item.only) {
    if (typeof it.only !== 'function') throw new TypeError(`\`only\` needs a runner whose \`it\` has \`only\` (case \`${item.name ?? fallbackName}\`)`)
    it.only(item.name ?? fallbackName, body)
  } else {
    it(item.name ?? fallbackName, body)
  }
}

function checkCase(item: UnattributedCase, allowed: ReadonlySet<string>, where: string): void {
  if (!item || typeof item !== 'object') throw new TypeError(`Expected a case object in ${where}, not \`${item === null ? 'null' : typeof item}\``)
  checkKeys(item, allowed, where)
  if (typeof item.text !== 'string') throw new TypeError(`Expected a string as \`text\` in ${where}, not \`${item.text === null ? 'null' : typeof item.text}\``)
}

function checkKeys(value: object, allowed: ReadonlySet<string>, where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) throw new TypeError(`Unknown key \`${key}\` in ${where}: expected one of ${[...allowed].join(', ')}`)
  }
}

function run(rule: Rule, item: UnattributedCase): Quote[] {
  const {quotes, messages} = extractQuotes(item.text, {format: item.format ?? 'text', rules: [...(item.also ?? []), rule]})
  // extractQuotes contains a failing rule (reports it and goes on); a rule's own test must fail.
  const failed = messages.find((message) => message.ruleId === 'rule-failed')
  if (failed) throw new Error(failed.reason)
  return quotes
}

/** What the rule under test decided about one quote, in the shape of an expectation. */
interface Row {
  readonly quote: string
  readonly speaker: string | null
  readonly cue?: string | null
  /** The other rule that decided the quote, if not this one. */
  readonly decidedBy?: string
}

function assertAttributed(rule: Rule, item: AttributedCase): void {
  const quotes = run(rule, item)
  const wording = (quote: Quote) => quote.decoded ?? quote.text
  const used = new Set<Quote>()
  const lines: string[] = []
  let failed = false

  for (const expected of item.expected) {
    const free = quotes.filter((quote) => !used.has(quote))
    const quote = free.find((candidate) => wording(candidate) === expected.quote) ?? free.find((candidate) => wording(candidate).includes(expected.quote))
    const want: Row = {quote: expected.quote, speaker: expected.speaker, ...(expected.cue === undefined ? {} : {cue: expected.cue})}
    if (!quote) {
      failed = true
      lines.push(`- ${format(want)}`, `+ (no such quote)`)
      continue
    }
    used.add(quote)
    const got = decided(rule, quote, expected.quote, expected.cue !== undefined)
    if (got.speaker === want.speaker && got.cue === want.cue) {
      lines.push(`  ${format(want)}`)
    } else {
      failed = true
      lines.push(`- ${format(want)}`, `+ ${format(got)}`)
    }
  }
  // Exact count: an attribution the case does not list is a failure too.
  for (const quote of quotes) {
    if (used.has(quote) || quote.rule !== rule.id || !quote.speaker) continue
    failed = true
    lines.push(`+ ${format(decided(rule, quote, wording(quote), false))}`)
  }
  if (failed) {
    const found = quotes.map((quote) => `\`${wording(quote)}\``).join(', ') || 'none'
    throw new Error(`Rule \`${rule.id}\` on \`${item.text}\` (quotes found: ${found})\n- expected\n+ actual\n\n${lines.join('\n')}`)
  }
}

function assertUnattributed(rule: Rule, item: UnattributedCase): void {
  const extra = run(rule, item).filter((quote) => quote.rule === rule.id && quote.speaker)
  if (extra.length > 0) {
    const lines = extra.map((quote) => `+ ${format(decided(rule, quote, quote.decoded ?? quote.text, false))}`)
    throw new Error(`Rule \`${rule.id}\` on \`${item.text}\`: expected no attribution\n- expected\n+ actual\n\n${lines.join('\n')}`)
  }
}

function decided(rule: Rule, quote: Quote, wording: string, withCue: boolean): Row {
  const own = quote.rule === rule.id
  return {
    quote: wording,
    speaker: own ? (quote.speaker?.name ?? null) : null,
    ...(withCue ? {cue: own ? (quote.cue?.text ?? null) : null} : {}),
    ...(quote.rule && !own ? {decidedBy: quote.rule} : {})
  }
}

function format(row: Row): string {
  const parts = [`quote: ${JSON.stringify(row.quote)}`, `speaker: ${JSON.stringify(row.speaker)}`]
  if (row.cue !== undefined) parts.push(`cue: ${JSON.stringify(row.cue)}`)
  return `{${parts.join(', ')}}${row.decidedBy ? ` (decided by \`${row.decidedBy}\`)` : ''}`
}
