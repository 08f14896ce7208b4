/**
 * `whosaid/testing`: write attribution rules and test them with vitest.
 *
 *     new RuleTester().run('my-rule', myRule, {
 *       attributed: [{text: '“Hi,” said Ann Lee.', expected: [{quote: 'Hi,', speaker: 'Ann Lee'}]}],
 *       unattributed: [{text: 'The word “hi” is short.'}]
 *     })
 *
 * Each case is one test. The rule runs alone on it (rules that build on
 * earlier attributions, such as `split-quote`, name the rules to run first in
 * `also`), so a case shows what this rule decides and nothing else.
 */

import {describe as vitestDescribe, it as vitestIt} from 'vitest'
import type {Rule, SourceFormat} from './types.js'
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

export interface AttributedCase {
  readonly text: string
  readonly expected: readonly ExpectedAttribution[]
  readonly name?: string
  readonly format?: SourceFormat
  readonly also?: readonly Rule[]
}

export interface UnattributedCase {
  readonly text: string
  readonly name?: string
  readonly format?: SourceFormat
  readonly also?: readonly Rule[]
}

export interface RuleTests {
  readonly attributed?: readonly AttributedCase[]
  readonly unattributed?: readonly UnattributedCase[]
}

type Describe = (name: string, body: () => void) => void
type It = (name: string, body: () => void) => void

const caseKeys = {
  attributed: new Set(['text', 'expected', 'name', 'format', 'also']),
  unattributed: new Set(['text', 'name', 'format', 'also'])
}
const expectedKeys = new Set(['quote', 'speaker', 'cue'])

export class RuleTester {
  readonly #describe: Describe
  readonly #it: It

  /** `describe` and `it` default to vitest's. */
  constructor(runner: {describe?: Describe; it?: It} = {}) {
    this.#describe = runner.describe ?? vitestDescribe
    this.#it = runner.it ?? vitestIt
  }

  run(name: string, rule: Rule, tests: RuleTests): void {
    for (const key of Object.keys(tests)) {
      if (key !== 'attributed' && key !== 'unattributed') throw new TypeError(`Unknown key \`${key}\` in the tests of \`${name}\`: expected \`attributed\` or \`unattributed\``)
    }
    this.#describe(name, () => {
      for (const [index, item] of (tests.attributed ?? []).entries()) {
        checkKeys(item, caseKeys.attributed, `${name} attributed[${index}]`)
        for (const expected of item.expected) checkKeys(expected, expectedKeys, `${name} attributed[${index}].expected`)
        this.#it(item.name ?? `attributed: ${item.text.slice(0, 60)}`, () => assertAttributed(rule, item))
      }
      for (const [index, item] of (tests.unattributed ?? []).entries()) {
        checkKeys(item, caseKeys.unattributed, `${name} unattributed[${index}]`)
        this.#it(item.name ?? `unattributed: ${item.text.slice(0, 60)}`, () => assertUnattributed(rule, item))
      }
    })
  }
}

function checkKeys(value: object, allowed: ReadonlySet<string>, where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) throw new TypeError(`Unknown key \`${key}\` in ${where}: expected one of ${[...allowed].join(', ')}`)
  }
}

function run(rule: Rule, item: UnattributedCase) {
  const {quotes, messages} = extractQuotes(item.text, {format: item.format ?? 'text', rules: [...(item.also ?? []), rule]})
  // extractQuotes contains a failing rule (reports it and goes on); a rule's own test must fail.
  const failed = messages.find((message) => message.ruleId === 'rule-failed')
  if (failed) throw new Error(failed.reason)
  return quotes
}

function assertAttributed(rule: Rule, item: AttributedCase): void {
  const quotes = run(rule, item)
  for (const expected of item.expected) {
    const quote =
      quotes.find((candidate) => (candidate.decoded ?? candidate.text) === expected.quote) ??
      quotes.find((candidate) => (candidate.decoded ?? candidate.text).includes(expected.quote))
    if (!quote) {
      throw new Error(`No quote \`${expected.quote}\` found in \`${item.text}\` (found: ${quotes.map((found) => `\`${found.text}\``).join(', ') || 'none'})`)
    }
    const got = quote.rule === rule.id ? (quote.speaker?.name ?? null) : null
    if (got !== expected.speaker) {
      throw new Error(
        `Rule \`${rule.id}\` gave \`${quote.text}\` the speaker \`${got}\`, expected \`${expected.speaker}\`` +
          (quote.rule && quote.rule !== rule.id ? ` (decided by \`${quote.rule}\`)` : '')
      )
    }
    if (expected.cue !== undefined && quote.cue?.text !== expected.cue) {
      throw new Error(`Rule \`${rule.id}\` gave \`${quote.text}\` the cue \`${quote.cue?.text ?? null}\`, expected \`${expected.cue}\``)
    }
  }
}

function assertUnattributed(rule: Rule, item: UnattributedCase): void {
  for (const quote of run(rule, item)) {
    if (quote.rule === rule.id && quote.speaker) {
      throw new Error(`Rule \`${rule.id}\` attributed \`${quote.text}\` to \`${quote.speaker.name}\`; expected no attribution`)
    }
  }
}
