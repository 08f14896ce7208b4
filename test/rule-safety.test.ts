import {describe, expect, it} from 'vitest'
import {defineRule, extractQuotes, quotePlaceholder, type Rule, type RuleContext} from '../src/index.js'
import {ruleLimits} from '../src/attribution/run-rule.js'
import {validateMatch} from '../src/attribution/validate-match.js'

const source = 'Ann Lee spoke first. “We are ready,” she said.\n\n“Rates will fall,” said Bob Ray on Monday.'

/** A rule tried before the defaults that returns `result(context)`. */
function returning(result: (context: RuleContext) => unknown): Rule {
  return defineRule({id: 'user-rule', description: 'A user rule under test.', match: result as Rule['match']})
}

function run(rule: Rule, text = source) {
  return extractQuotes(text, {rules: (defaults) => [rule, ...defaults]})
}

describe('a user rule’s result is validated', () => {
  const bad: Array<[string, (context: RuleContext) => unknown, RegExp]> = [
    ['an empty object', () => ({}), /`undefined` as `speaker`/],
    ['a string', () => 'Ann Lee', /returned the string "Ann Lee"/],
    ['a Promise', (context) => Promise.resolve({speaker: {start: context.quote.start, end: context.quote.end}}), /Promise/],
    ['a negative offset', () => ({speaker: {start: -50, end: 3}}), /-50–3, not a range inside the text/],
    ['an offset past the text', () => ({speaker: {start: 0, end: 1e9}}), /0–1000000000/],
    ['NaN', () => ({speaker: {start: Number.NaN, end: 3}}), /`NaN`.*expected integers/],
    ['a float', () => ({speaker: {start: 0.5, end: 3}}), /expected integers/],
    ['an empty range', () => ({speaker: {start: 3, end: 3}}), /not a range/],
    ['a confidence of 5', () => ({speaker: {start: 0, end: 7}, confidence: 5}), /confidence of `5`/],
    ['a cue outside the text', () => ({speaker: {start: 0, end: 7}, cue: {start: 0, end: 9999}}), /`cue` offsets/],
    ['a resolved speaker without a name', () => ({speaker: {name: '', kind: 'person', certainty: 1, mention: {start: 0, end: 7, text: 'Ann Lee'}}}), /speaker's name/],
    ['an unknown key', () => ({speaker: {start: 0, end: 7}, speakr: 1}), /unknown key `speakr`/]
  ]
  for (const [name, result, problem] of bad) {
    it(`reports ${name} with the rule id and the quote, and falls back to the next rule`, () => {
      const {quotes, messages} = run(returning(result))
      const failed = messages.filter((message) => message.ruleId === 'rule-failed')
      expect(failed).toHaveLength(2)
      expect(failed[0]!.reason).toMatch(/^Rule `user-rule` /)
      expect(failed[0]!.reason).toMatch(problem)
      expect(failed[0]!.reason).toContain('quote q1 (“We are ready,”)')
      expect(failed[0]!.reason).toMatch(/skipped for this quote$/)
      expect(source.slice(failed[0]!.start, failed[0]!.end)).toBe('We are ready,')
      // The defaults still decide.
      expect(quotes.map((quote) => [quote.speaker?.name, quote.rule])).toEqual([
        ['Ann Lee', 'quote-speaker-cue'],
        ['Bob Ray', 'quote-cue-speaker']
      ])
    })
  }

  it('uses a valid match as before', () => {
    const {quotes, messages} = run(returning(() => ({speaker: {start: 0, end: 7}, confidence: 0.5})))
    expect(messages).toEqual([])
    expect(quotes.map((quote) => [quote.speaker?.name, quote.rule, quote.confidence])).toEqual([
      ['Ann Lee', 'user-rule', 0.5],
      ['Ann Lee', 'user-rule', 0.5]
    ])
  })
})

describe('a throwing rule', () => {
  it('is reported for each quote it threw on, and the document is still attributed', () => {
    const rule = returning((context) => {
      if (context.quote.index === 0) throw new Error('boom')
      return undefined
    })
    const {quotes, messages} = run(rule)
    expect(messages.map((message) => message.reason)).toEqual(['Rule `user-rule` threw Error: boom on quote q1 (“We are ready,”): skipped for this quote'])
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Ann Lee', 'Bob Ray'])
  })

  it('may throw anything', () => {
    const {messages} = run(returning(() => {
      throw null // eslint-disable-line no-throw-literal
    }))
    expect(messages[0]!.reason).toContain('threw `null`')
  })
})

describe('defineRule refuses what can never work', () => {
  it('an async match', () => {
    expect(() => defineRule({id: 'later', description: 'x', match: (async () => undefined) as never})).toThrow(/must be synchronous/)
  })

  it('a confidence that is not a number', () => {
    expect(() => defineRule({id: 'text', description: 'x', confidence: '0.5' as never, match: /(?<speaker>x)/})).toThrow('Rule `text`: confidence `"0.5"` is not a number between 0 and 1')
  })
})

describe('slow rules', () => {
  it('reports a catastrophic RegExp and skips it for the rest of the document', () => {
    const slow = defineRule({id: 'backtracking', description: 'Nested quantifiers.', match: /(?<speaker>(a+)+)b/})
    const text = Array.from({length: 40}, (_, index) => `“Quote ${index},” said Ann Lee ${'a'.repeat(22)}.`).join('\n\n')
    const {quotes, messages} = run(slow, text)
    const slowMessages = messages.filter((message) => message.ruleId === 'slow-rule')
    expect(slowMessages).toHaveLength(1)
    expect(slowMessages[0]!.reason).toMatch(/^Rule `backtracking` took \d+ ms on \d+ quotes? up to quote q\d+ .*over its budget of \d+ ms: skipped for the rest of the document$/)
    expect(quotes.every((quote) => quote.speaker?.name === 'Ann Lee')).toBe(true)
  })

  it('tries a RegExp on the text near its quote only, and says so', () => {
    const probe = defineRule({id: 'probe', description: 'A name and said anywhere in the sentence.', match: /(?<speaker>Zed Quill) said/})
    const filler = 'and then word '.repeat(500)
    const near = `“Yes, we are ready,” Zed Quill said ${filler}end.`
    const far = `“Yes, we are ready,” ${filler} Zed Quill said so.`
    const nearby = run(probe, near)
    expect(nearby.quotes[0]!.rule).toBe('probe')
    expect(nearby.messages.map((message) => message.ruleId)).toEqual(['rule-text-capped'])
    const {quotes, messages} = run(probe, far)
    expect(quotes[0]!.rule).not.toBe('probe')
    expect(messages.map((message) => message.reason)).toEqual([
      `Rule \`probe\` was tried on the ${ruleLimits.patternReach} characters either side of quote q1 (“Yes, we are ready,”), not its whole ${far.length - 19}-character sentence`
    ])
  })

  it('does not report the default rules on ordinary news', () => {
    const text = Array.from({length: 200}, (_, index) => `Mayor Ana Costa${index} spoke. “The bridge will reopen,” she said. “We are ready.”`).join('\n\n')
    expect(extractQuotes(text).messages).toEqual([])
  })
})

describe('validateMatch', () => {
  it('passes no match through and checks ranges against the text', () => {
    expect(validateMatch(undefined, 10)).toEqual({match: undefined})
    expect(validateMatch(null, 10)).toEqual({match: undefined})
    expect(validateMatch({speaker: {start: 0, end: 10}}, 10).match).toEqual({speaker: {start: 0, end: 10}})
    expect(validateMatch({speaker: {start: 0, end: 11}}, 10).problem).toMatch(/not a range inside the text \(0–10\)/)
    expect(validateMatch({speaker: {start: 0, end: 3}, cue: null}, 10).problem).toBeUndefined()
    expect(validateMatch(quotePlaceholder, 10).problem).toMatch(/returned the string/)
  })
})

describe('RuleTester', () => {
  it('fails a case whose rule throws (extractQuotes only reports it)', async () => {
    const {RuleTester} = await import('../src/testing.js')
    const cases: Array<() => void> = []
    const tester = new RuleTester({describe: (_name: string, body: () => void) => body(), it: (_name: string, body: () => void) => cases.push(body)})
    tester.run('throws', returning(() => {
      throw new Error('boom')
    }), {unattributed: [{text: '“Prices must come down,” the banner read.'}]})
    expect(cases).toHaveLength(1)
    expect(() => cases[0]!()).toThrow('Rule `user-rule` threw Error: boom on quote q1')
  })
})

describe('our own rules are not timed', () => {
  it('gives the same speakers however slow the clock says the machine is', () => {
    const before = extractQuotes(source)
    const now = performance.now
    let clock = 0
    // Every read of the clock a second later: a user rule would be over its budget at once.
    performance.now = () => (clock += 1000)
    try {
      const slow = extractQuotes(source)
      expect(slow.quotes.map((quote) => quote.speaker?.name)).toEqual(before.quotes.map((quote) => quote.speaker?.name))
      expect(slow.messages.filter((message) => message.ruleId === 'slow-rule')).toEqual([])
      const user = run(returning(() => undefined))
      expect(user.messages.filter((message) => message.ruleId === 'slow-rule').map((message) => message.reason)).toEqual([expect.stringContaining('`user-rule`')])
    } finally {
      performance.now = now
    }
  })
})
