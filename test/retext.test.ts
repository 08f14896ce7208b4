import {retext} from 'retext'
import {describe, expect, it} from 'vitest'
import retextWhosaid from '../src/retext.js'

describe('retext plugin', () => {
  it('puts quotes and entities in file.data and warnings in file.messages', async () => {
    const file = await retext().use(retextWhosaid).process('“We will win,” said Coach Dana Whitfield.\n\nShe said: “and then')
    expect(file.data.quotes?.map((quote) => quote.speaker?.name)).toEqual(['Dana Whitfield', 'Dana Whitfield'])
    expect(file.data.entities?.[0]?.name).toBe('Dana Whitfield')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'unclosed-mark', source: 'whosaid', line: 3, column: 11})
  })
})
