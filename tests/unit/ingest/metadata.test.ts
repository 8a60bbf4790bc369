import { describe, expect, it } from 'vitest'
import { dateLine, findDate, isoDateOf } from '../../../src-main/core/ingest/dates'
import { detectLanguage, primaryLanguageTag } from '../../../src-main/core/ingest/language'
import { emptyHints, resolveMetadata, splitTitleOutlet, titleFromText } from '../../../src-main/core/ingest/metadata'
import { findUrls, readableHost, unwrapAggregatorUrl, urlInProtobuf } from '../../../src-main/core/ingest/urls'

/** A Google-News-style article id: base64url of a protobuf whose string fields hold the URLs. */
function aggregatorId(...urls: string[]): string {
  const parts: Buffer[] = [Buffer.from([0x08, 0x13])]
  urls.forEach((url, i) => {
    const body = Buffer.from(url, 'latin1')
    const len = body.length < 128 ? [body.length] : [(body.length & 0x7f) | 0x80, body.length >> 7]
    parts.push(Buffer.from([i === 0 ? 0x22 : 0xd2, ...(i === 0 ? [] : [0x01]), ...len]), body)
  })
  return Buffer.concat(parts).toString('base64url')
}

describe('dates', () => {
  it.each([
    ['17 June 2024', '2024-06-17'],
    ['June 17, 2024', '2024-06-17'],
    ['Jun. 17 2024', '2024-06-17'],
    ['2024-06-17', '2024-06-17'],
    ['2024-06-17 20:31:00Z', '2024-06-17'],
    ['2024-06-17T23:59:00-05:00', '2024-06-17'],
    ['Senin, 17 Juni 2024', '2024-06-17'],
    ['Dienstag, 17. Juni 2024', '2024-06-17'],
    ['mardi 17 juin 2024', '2024-06-17'],
    ['17 de junio de 2024', '2024-06-17'],
    ['17 giugno 2024', '2024-06-17'],
    ['17 de junho de 2024', '2024-06-17'],
    ['17 juni 2024', '2024-06-17'],
    ['3 maart 2031', '2031-03-03'],
    ['4. März 2031', '2031-03-04'],
    ['17.06.2024', '2024-06-17'],
    ['Published June 17, 2024 at 5:00 pm ET', '2024-06-17'],
    ['Tuesday 18 June 2024 10.30 BST', '2024-06-18'],
  ])('reads the date line %s', (line, iso) => {
    expect(dateLine(line)).toBe(iso)
  })

  it('ignores months without a day, impossible dates and prose around a date', () => {
    expect(findDate('they met in April 2019 in Vladivostok')).toBeNull()
    expect(findDate('31 February 2024')).toBeNull()
    expect(findDate('Putin 17, 2024')).toBeNull()
    expect(dateLine('The summit took place on 17 June 2024 in the capital of the country.')).toBeNull()
    expect(findDate('The summit took place on 17 June 2024 in the capital.')?.iso).toBe('2024-06-17')
  })

  it('normalises machine dates', () => {
    expect(isoDateOf('2031-03-04T07:15:00+00:00')).toBe('2031-03-04')
    expect(isoDateOf('not a date')).toBeNull()
    expect(isoDateOf(null)).toBeNull()
  })
})

describe('titles and outlets', () => {
  it('splits an outlet suffix off a title', () => {
    expect(splitTitleOutlet('Harbour council approves tidal barrier - The Coastline Courier')).toEqual({
      title: 'Harbour council approves tidal barrier',
      outlet: 'The Coastline Courier',
    })
    expect(splitTitleOutlet('Ferry resumes after ice | Nordwind')).toEqual({ title: 'Ferry resumes after ice', outlet: 'Nordwind' })
    expect(splitTitleOutlet('Courier | Ferry service to Lindholm resumes after three weeks')).toEqual({
      title: 'Ferry service to Lindholm resumes after three weeks',
      outlet: 'Courier',
    })
  })

  it('leaves titles alone when the dash is part of the headline', () => {
    expect(splitTitleOutlet('Storm Wenna - and what comes after it').outlet).toBeNull()
    expect(splitTitleOutlet('Lindholm - Elsmere ferry back').outlet).toBeNull()
    expect(splitTitleOutlet('Ice ends - Courier', null, false).outlet).toBeNull()
    expect(splitTitleOutlet('Ice ends - Courier', 'Courier', false)).toEqual({ title: 'Ice ends', outlet: 'Courier' })
  })

  it('makes a title from the first sentence, skipping abbreviations, shortened to about twelve words', () => {
    const text = 'President Anna K. Holm of Vessland will visit Lindholm for the first time in 24 years on Tuesday after talks. More.'
    expect(titleFromText(text)).toBe('President Anna K. Holm of Vessland will visit Lindholm for the first…')
    expect(titleFromText('Mr. Roos said the ferry is back. It sailed at dawn.')).toBe('Mr. Roos said the ferry is back')
    expect(titleFromText('')).toBe('Untitled')
  })
})

describe('urls', () => {
  const original = 'https://www.lakesidetribune.example/world/2031/mar/04/ferry-service-to-lindholm-resumes-after-three-weeks-of-ice'

  it('sees through a news-aggregator link to the publisher URL', () => {
    const id = aggregatorId(original, original.replace('www.', 'amp.'))
    expect(urlInProtobuf(id)).toBe(original)
    expect(unwrapAggregatorUrl(`https://news.google.com/rss/articles/${id}?oc=5`)).toBe(original)
    expect(unwrapAggregatorUrl('https://www.google.com/url?q=https://example.org/a&sa=D')).toBe('https://example.org/a')
    expect(unwrapAggregatorUrl('https://news.google.com/rss/articles/AAAAAAAAAAAAAAAA')).toBeNull()
    expect(unwrapAggregatorUrl('https://example.org/a')).toBeNull()
  })

  it('decodes a short URL whose length fits one byte', () => {
    expect(urlInProtobuf(aggregatorId('https://x.example/a'))).toBe('https://x.example/a')
  })

  it('finds URLs in text and makes hosts readable', () => {
    expect(findUrls('See https://example.org/a/b. And (http://x.example/c).')).toEqual([
      'https://example.org/a/b',
      'http://x.example/c',
    ])
    expect(readableHost('https://www.theguardian.com/world')).toBe('theguardian.com')
    expect(readableHost('nonsense')).toBeNull()
  })

  it('never takes an image, font or script address in the text for the article URL', () => {
    const raw = 'Ferry resumes\n![map](https://cdn.tracker.example/img/map.png?w=600)\nSee https://fonts.example/x.woff2 and https://harbour.example/news/ferry-resumes for more.'
    const meta = resolveMetadata(emptyHints(), raw, 'Ferry resumes')
    expect(meta.url).toBe('https://harbour.example/news/ferry-resumes')
    expect(meta.outlet).toBe('harbour.example')
    expect(resolveMetadata(emptyHints(), 'Text ![x](https://cdn.example/a.JPG)', 'Text').url).toBeNull()
  })

  it('uses the aggregator URL for url and outlet in resolved metadata', () => {
    const id = aggregatorId(original)
    const raw = `Some text.\nhttps://news.google.com/rss/articles/${id}?oc=5`
    const meta = resolveMetadata(emptyHints(), raw, 'Some text.')
    expect(meta.url).toBe(original)
    expect(meta.outlet).toBe('lakesidetribune.example')
  })
})

describe('language', () => {
  it.each([
    ['en', 'The ferry link between Port Elsmere and the island reopened on Monday morning, ending a three-week shutdown caused by pack ice in the northern sound, the operator said in a statement.'],
    ['de', 'Die Fährverbindung zwischen Port Elsmere und der Insel wurde am Montagmorgen wieder aufgenommen, nachdem das Packeis den Sund drei Wochen lang blockiert hatte, teilte der Betreiber mit.'],
    ['fr', 'La liaison par ferry entre Port Elsmere et l’île a repris lundi matin, mettant fin à trois semaines d’interruption causée par la banquise dans le détroit du nord, a indiqué l’opérateur.'],
    ['es', 'El servicio de transbordador entre Port Elsmere y la isla se reanudó el lunes por la mañana, poniendo fin a tres semanas de cierre causado por el hielo en el estrecho del norte, dijo el operador.'],
    ['id', 'Layanan kapal feri antara Port Elsmere dan pulau itu kembali dibuka pada Senin pagi, mengakhiri penutupan selama tiga minggu yang disebabkan oleh es di selat utara, kata operator dalam sebuah pernyataan.'],
  ])('detects %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code)
  })

  it('tells Malay from Indonesian by spelling', () => {
    const malay =
      'Kerajaan Malaysia telah mengumumkan bahawa perkhidmatan feri akan disambung semula minggu hadapan kerana cuaca yang semakin baik, kata menteri.'
    expect(detectLanguage(malay)).toBe('ms')
  })

  it('says null for text too short to tell', () => {
    expect(detectLanguage('Ferry back.')).toBeNull()
  })

  it('reduces language tags to their primary subtag', () => {
    expect(primaryLanguageTag('en-GB')).toBe('en')
    expect(primaryLanguageTag('DE_at')).toBe('de')
    expect(primaryLanguageTag('')).toBeNull()
  })
})
