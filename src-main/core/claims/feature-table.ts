import { fit } from '../uint-list'
import { LETTER_KIND, type FeatureKind } from './features'

const KINDS: readonly FeatureKind[] = ['word', 'entity', 'unit', 'count', 'figure', 'context']

/** Kind codes as stored in FeatureTable.kind. */
export const KIND = { word: 0, entity: 1, unit: 2, count: 3, figure: 4, context: 5 } as const satisfies Record<FeatureKind, number>

/**
 * Every clustering feature seen, numbered: a claim's features become a sorted list of small
 * integers, so hundreds of thousands of claims fit in typed arrays instead of string maps, and
 * comparing two claims is a merge of two sorted lists. A key always has the same kind (the key
 * says what it is), and figures ("f:<value>:<unit>") keep their value and unit parsed.
 */
export class FeatureTable {
  private readonly ids = new Map<string, number>()
  /** Units numbered for a figure before any claim named them as a feature (their kind is not known yet). */
  private readonly placeholder = new Set<number>()
  kind = new Uint8Array(1024)
  /** A figure's value (NaN for other kinds). */
  figureValue = new Float64Array(1024)
  /** A figure's unit, as the id of its "u:<unit>" feature (-1 for other kinds). */
  figureUnit = new Int32Array(1024)
  /** The id of "u:time", the unit of times of day. */
  readonly timeOfDay: number

  constructor() {
    this.timeOfDay = this.intern('u:time', 'unit')
  }

  get size(): number {
    return this.ids.size
  }

  /** The id of a feature, numbering it on first sight. */
  intern(key: string, kind: FeatureKind): number {
    const known = this.ids.get(key)
    if (known !== undefined) {
      // A unit first met inside a figure's key takes its kind (unit or counted thing) from its first claim.
      if (this.placeholder.delete(known)) this.kind[known] = KIND[kind]
      return known
    }
    const id = this.ids.size
    this.ids.set(key, id)
    this.kind = fit(this.kind, id, (n) => new Uint8Array(n))
    this.figureValue = fit(this.figureValue, id, (n) => new Float64Array(n))
    this.figureUnit = fit(this.figureUnit, id, (n) => new Int32Array(n))
    this.kind[id] = KIND[kind]
    this.figureValue[id] = Number.NaN
    this.figureUnit[id] = -1
    if (kind === 'figure') {
      const colon = key.indexOf(':', 2)
      const unit = key.slice(colon + 1)
      this.figureValue[id] = Number(key.slice(2, colon))
      const known = this.ids.get(`u:${unit}`)
      if (known !== undefined) this.figureUnit[id] = known
      else {
        this.figureUnit[id] = this.intern(`u:${unit}`, 'unit')
        this.placeholder.add(this.figureUnit[id] ?? -1)
      }
    }
    return id
  }

  /** A claim's features as sorted ids. */
  encode(features: Map<string, FeatureKind>): Int32Array {
    const out = new Int32Array(features.size)
    let i = 0
    for (const [key, kind] of features) out[i++] = this.intern(key, kind)
    return out.sort()
  }

  /**
   * Features as stored (claims.features, see encodeFeatures) straight to sorted ids: reopening
   * a 900,000-claim workspace parses each stored line once, without a Map per claim.
   */
  encodeStored(text: string): Int32Array {
    if (!text) return new Int32Array(0)
    const ids: number[] = []
    let from = 0
    while (from <= text.length) {
      let to = text.indexOf('\n', from)
      if (to < 0) to = text.length
      const kind = LETTER_KIND[text[from] ?? '']
      if (kind && to > from + 1) ids.push(this.intern(text.slice(from + 1, to), kind))
      from = to + 1
    }
    // A key stored twice (never written so, but cheap to guard) counts once, as in a Map.
    return Int32Array.from(new Set(ids)).sort()
  }

  kindName(id: number): FeatureKind {
    return KINDS[this.kind[id] ?? 0] ?? 'word'
  }
}
