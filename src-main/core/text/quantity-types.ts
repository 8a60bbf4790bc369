/** Types of the quantities and entities found in text (type-only, so the renderer can share them). */

/** How a figure is hedged in the text. */
export type QuantityQualifier =
  | 'exact'
  | 'about'
  | 'at_least'
  | 'more_than'
  | 'up_to'
  | 'at_most'
  | 'fewer_than'
  | 'shortly_before'
  | 'shortly_after'
  | 'vague'

/** One quantity found in a text. */
export interface Quantity {
  /** The figure as a number (for a vague range, its lower end). */
  value: number
  /** Lower end when the text gives a range or a vague plural ("millions of"). */
  min?: number
  /** Upper end when the text gives a range or a vague plural. */
  max?: number
  /**
   * Canonical unit, singular: 'container', 'shell', 't', 'km', 'people', '%', 'USD', 'year' (a
   * duration), 'time' (minutes after midnight), 'calendar year' (a date like 1994) or '' (a bare count).
   */
  unit: string
  /** The words as written, qualifier included ("about 6,700 containers"). */
  text: string
  /** Offsets of `text` in the input. */
  start: number
  end: number
  /** True when written in another unit and converted ("12 miles" given in km). */
  converted?: boolean
  /** True when hedged ("about", "up to", "millions of"). */
  approximate: boolean
  qualifier: QuantityQualifier
}

export type EntityKind = 'person' | 'place' | 'organization' | 'other'

/** One named entity found in a text. */
export interface Entity {
  text: string
  kind: EntityKind
  start: number
  end: number
}
