// A synthetic news corpus for the large benchmarks: articles of ~700 words on a few hundred
// invented stories, with a Zipfian vocabulary, names, places, figures with units, attributions
// and quotes (what the claims extractor looks for), a masthead line (outlet, date, byline), and a
// share of re-hosted copies with other boilerplate. Seeded, so every run writes the same corpus.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom } from './lib.mjs'

const syll = ['ka', 'lo', 'mer', 'sta', 'vin', 'dra', 'pe', 'tor', 'ul', 'bre', 'sen', 'ha', 'ri', 'gon', 'fa', 'ne', 'sko', 'lan', 'di', 'mo']

/** Writes `n` articles as .txt files into `dir` (100 per sub-folder); returns the file count. */
export function writeNewsCorpus(dir, n, { seed = 11, wordsPerArticle = 700, copyShare = 0.05 } = {}) {
  const rand = seededRandom(seed)
  const pick = (a) => a[Math.floor(rand() * a.length)]
  const vocab = Array.from({ length: 20000 }, (_, i) => {
    let w = ''
    for (let k = 0, x = i + 7; k < 2 + (i % 3); k++, x = Math.floor(x / syll.length) + k * 7) w += syll[x % syll.length]
    return w
  })
  // Zipf over the vocabulary: precomputed cumulative weights, binary search per draw.
  const cum = []
  let total = 0
  for (let i = 0; i < vocab.length; i++) cum.push((total += 1 / (i + 1)))
  const zipf = () => {
    const x = rand() * total
    let lo = 0
    let hi = cum.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cum[mid] < x) lo = mid + 1
      else hi = mid
    }
    return vocab[lo]
  }
  const stop = 'the a of to in and on for that with was as by at from it has have would is are'.split(' ')
  const first = ['Ilse', 'Tomas', 'Carla', 'Jonas', 'Mira', 'Dag', 'Elin', 'Nils', 'Maren', 'Ingrid', 'Søren', 'Anja']
  const last = ['Brandt', 'Reinholt', 'Mendt', 'Haldor', 'Solberg', 'Osterberg', 'Malmqvist', 'Aberg', 'Koll', 'Almqvist']
  const cap = (w) => w[0].toUpperCase() + w.slice(1)
  const places = Array.from({ length: 300 }, (_, i) => cap(vocab[i * 13 + 400]))
  const outlets = Array.from({ length: 120 }, (_, i) => `${cap(vocab[i * 7 + 50])} ${['Times', 'Courier', 'Wire', 'Ledger', 'Post'][i % 5]}`)
  const units = ['containers', 'tonnes', 'people', 'ships', 'shells', 'kilometres', 'barrels', 'workers']
  const verbs = ['said', 'told reporters', 'according to', 'confirmed', 'estimated']
  const stories = Array.from({ length: Math.max(20, Math.floor(n / 40)) }, () => ({
    place: pick(places),
    person: `${pick(first)} ${pick(last)}`,
    unit: pick(units),
    figure: Math.floor(rand() * 20000) + 100,
    topic: [zipf(), zipf(), zipf()],
  }))

  const plain = (k) => {
    const w = Array.from({ length: k }, () => (rand() < 0.45 ? pick(stop) : zipf()))
    w[0] = cap(w[0])
    return w
  }
  const sentence = (s) => {
    const r = rand()
    // A figure that disagrees now and then, so clusters have conflicts to find.
    const figure = rand() < 0.2 ? Math.round(s.figure * (0.5 + rand())) : s.figure
    if (r < 0.15) return `${plain(8).join(' ')} ${figure.toLocaleString('en-US')} ${s.unit} in ${s.place}, ${s.person} said.`
    if (r < 0.25) return `"${plain(10).join(' ')} ${s.topic[0]}," ${pick(verbs) === 'according to' ? 'said' : pick(verbs)} ${s.person}.`
    if (r < 0.32) return `According to ${pick(outlets)}, ${plain(9).join(' ').toLowerCase()} ${s.topic[1]} near ${s.place}.`
    return `${plain(10 + Math.floor(rand() * 12)).join(' ')} ${rand() < 0.3 ? s.topic[Math.floor(rand() * 3)] : zipf()}.`
  }
  const date = () => `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`

  const written = []
  let count = 0
  for (let i = 0; i < n; i++) {
    const folder = join(dir, String(Math.floor(i / 100)).padStart(4, '0'))
    if (i % 100 === 0) mkdirSync(folder, { recursive: true })
    let text
    if (written.length > 10 && rand() < copyShare) {
      // A re-host: someone else's article under other chrome, with the last paragraph cut.
      const original = written[Math.floor(rand() * written.length)]
      const paras = original.body.split('\n\n')
      text = `${original.title}\n\n${pick(outlets)} | ${date()}\n\n${paras.slice(0, -1).join('\n\n')}\n\nRead more stories like this on our home page.\n`
    } else {
      const s = pick(stories)
      const title = `${cap(s.topic[0])} ${s.topic[1]} in ${s.place}: ${s.figure.toLocaleString('en-US')} ${s.unit}`
      const paras = []
      let words = 0
      while (words < wordsPerArticle) {
        const p = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(s)).join(' ')
        words += p.split(' ').length
        paras.push(p)
      }
      const body = paras.join('\n\n')
      if (written.length < 2000) written.push({ title, body })
      text = `${title}\n\nBy ${s.person}, ${pick(outlets)} | ${date()}\n\n${body}\n`
    }
    writeFileSync(join(folder, `article-${String(i).padStart(6, '0')}.txt`), text)
    count++
  }
  return count
}
