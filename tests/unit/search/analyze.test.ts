import { describe, expect, it } from 'vitest'
import { queryTerms, terms, tokenize } from '../../../src-main/core/search/analyze'
import { fold } from '../../../src-main/core/search/fold'

describe('number-friendly terms', () => {
  it.each([
    ['6,700', '6700'], ['6 700', '6700'], ['6.7k', '6700'], ['6.7 thousand', '6700'], ['6700', '6700'],
    ['4.8m', '4800000'], ['4.8 million', '4800000'], ['4.8M', '4800000'], ['1,5', '1.5'], ['3 bn', '3'], ['007', '7'],
  ])('%s indexes as %s', (text, term) => {
    expect(terms(text)[0]).toBe(term)
  })

  it('does not glue a year to the next number', () => {
    expect(terms('in 2024 700 people')).toEqual(['2024', '700', 'peopl'])
  })
})

describe('words', () => {
  it('folds diacritics so Pyongyang finds Pyŏngyang', () => {
    expect(terms('Pyŏngyang')).toEqual(terms('Pyongyang'))
    expect(fold('Ærøskøbing Łódź')).toBe('aeroskobing lodz')
  })

  it('stems English and drops stop words', () => {
    expect(terms('the ferries were closing')).toEqual(['ferri', 'close'])
  })

  it('stems German articles with the German stemmer', () => {
    expect(terms('Häuser', 'de')).toEqual(['haus'])
    expect(queryTerms('Häuser', ['de'])).toContain('haus')
  })

  it('keeps offsets into the original text', () => {
    const text = 'Pyŏngyang: 6 700 litres'
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Pyŏngyang', '6 700', 'litres'])
  })
})
