import {describe, expect, it} from 'vitest'
import {defaultRules} from '../src/attribution/default-rules.js'
import {RuleTester, type Describe, type It} from '../src/testing.js'

const quoteCueSpeaker = defaultRules.find((rule) => rule.id === 'quote-cue-speaker')!

/** A runner that records the declared tests instead of running them. */
function recorder() {
  const tests: {name: string; body: () => void; only: boolean}[] = []
  const describe: Describe = (_name, body) => body()
  const it = Object.assign((name: string, body: () => void) => void tests.push({name, body, only: false}), {
    only: (name: string, body: () => void) => void tests.push({name, body, only: true})
  }) satisfies It
  return {tests, tester: new RuleTester({describe, it})}
}

/** The error a declared test throws, or `undefined` when it passes. */
function failure(body: () => void): Error | undefined {
  try {
    body()
  } catch (error) {
    return error as Error
  }
  return undefined
}

describe('RuleTester', () => {
  it('passes a case the rule decides as expected', () => {
    const {tests, tester} = recorder()
    tester.run('quote-cue-speaker', quoteCueSpeaker, {
      attributed: [{text: '“We are ready,” said Pieter Janssen.', expected: [{quote: 'We are ready,', speaker: 'Pieter Janssen', cue: 'said'}]}],
      unattributed: [{text: 'The word “ready” is short.'}]
    })
    expect(tests.map((test) => test.name)).toEqual(['attributed: “We are ready,” said Pieter Janssen.', 'unattributed: The word “ready” is short.'])
    for (const test of tests) expect(failure(test.body)).toBeUndefined()
  })

  it('rejects a vacuous attributed case where it is written', () => {
    const {tester} = recorder()
    expect(() => tester.run('x', quoteCueSpeaker, {attributed: [{text: 'No quotes here', expected: []}]})).toThrow(/at least one quote with a `speaker` in x attributed\[0\]/)
    expect(() => tester.run('x', quoteCueSpeaker, {attributed: [{text: '“Hi,” she said.', expected: [{quote: 'Hi,', speaker: null}]}]})).toThrow(/belongs in `unattributed`/)
  })

  it('fails when the rule attributes a quote the case does not list (exact count)', () => {
    const {tests, tester} = recorder()
    tester.run('quote-cue-speaker', quoteCueSpeaker, {
      attributed: [{text: '“We are ready,” said Pieter Janssen. “So are we,” said Ana Lima on Monday.', expected: [{quote: 'We are ready,', speaker: 'Pieter Janssen'}]}]
    })
    const error = failure(tests[0]!.body)
    expect(error?.message).toContain('+ {quote: "So are we,", speaker: "Ana Lima"}')
    expect(error?.message).toContain('  {quote: "We are ready,", speaker: "Pieter Janssen"}')
  })

  it('fails with a diff of expected and actual', () => {
    const {tests, tester} = recorder()
    tester.run('quote-cue-speaker', quoteCueSpeaker, {
      attributed: [
        {text: '“We are ready,” said Pieter Janssen.', expected: [{quote: 'We are ready,', speaker: 'Ana Lima', cue: 'said'}]},
        {text: '“We are ready,” said Pieter Janssen.', expected: [{quote: 'Not there', speaker: 'Ana Lima'}, {quote: 'We are ready,', speaker: 'Pieter Janssen'}]}
      ]
    })
    const wrong = failure(tests[0]!.body)!.message
    expect(wrong).toContain('- expected\n+ actual')
    expect(wrong).toContain('- {quote: "We are ready,", speaker: "Ana Lima", cue: "said"}\n+ {quote: "We are ready,", speaker: "Pieter Janssen", cue: "said"}')
    const missing = failure(tests[1]!.body)!.message
    expect(missing).toContain('- {quote: "Not there", speaker: "Ana Lima"}\n+ (no such quote)')
    expect(missing).toContain('quotes found: `We are ready,`')
  })

  it('fails an unattributed case the rule attributes', () => {
    const {tests, tester} = recorder()
    tester.run('quote-cue-speaker', quoteCueSpeaker, {unattributed: [{text: '“We are ready,” said Pieter Janssen.'}]})
    expect(failure(tests[0]!.body)?.message).toContain('expected no attribution\n- expected\n+ actual\n\n+ {quote: "We are ready,", speaker: "Pieter Janssen"}')
  })

  it('declares a case marked `only` with the runner’s `it.only`', () => {
    const {tests, tester} = recorder()
    tester.run('quote-cue-speaker', quoteCueSpeaker, {
      attributed: [{text: '“We are ready,” said Pieter Janssen.', expected: [{quote: 'We are ready,', speaker: 'Pieter Janssen'}], only: true}],
      unattributed: [{text: 'The word “ready” is short.', name: 'a word quoted as a word'}]
    })
    expect(tests.map((test) => [test.name, test.only])).toEqual([
      ['attributed: “We are ready,” said Pieter Janssen.', true],
      ['a word quoted as a word', false]
    ])
    const plain = new RuleTester({describe: (_name, body) => body(), it: () => {}})
    expect(() => plain.run('x', quoteCueSpeaker, {unattributed: [{text: 'x', only: true}]})).toThrow(/`only` needs a runner whose `it` has `only`/)
  })

  it('rejects misuse naming the bad value', () => {
    const {tester} = recorder()
    expect(() => tester.run('x', quoteCueSpeaker, {attributed: [{text: 'x', expected: [{quote: 'x', speaker: 'A', rule: 'y'} as never]}]})).toThrow(/Unknown key `rule` in x attributed\[0\]\.expected/)
    expect(() => tester.run('x', quoteCueSpeaker, {unattributed: [{text: null as never}]})).toThrow('Expected a string as `text` in x unattributed[0], not `null`')
    expect(() => tester.run('x', null as never, {})).toThrow('Expected a rule (from `defineRule`) for `x`, not `null`')
    expect(() => new RuleTester(null as never)).toThrow(/not `null`/)
    expect(() => tester.run('x', quoteCueSpeaker, null as never)).toThrow('Expected an object with `attributed` and `unattributed` cases for `x`, not `null`')
  })
})

// The default runner: this file's own vitest (no globals), found without being passed.
new RuleTester().run('default runner', quoteCueSpeaker, {
  attributed: [{text: '“We are ready,” said Pieter Janssen.', expected: [{quote: 'We are ready,', speaker: 'Pieter Janssen'}]}]
})
