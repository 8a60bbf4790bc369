import { stem } from './stem'

/**
 * A compact thesaurus of the substitutions article spinners make (and that honest paraphrase
 * makes too). Each group is one meaning; the first entry names it. Entries are matched after
 * stemming, so one form covers its inflections ("said" also covers "says", "mentioned" also
 * "mentions"). Multi-word entries are phrases a spinner swaps for one word ("in opposition to"
 * for "against", "12 months" for "year"). Kept to common newsroom vocabulary: a larger thesaurus
 * would start to equate words that differ in meaning and hide real disagreements.
 */
const GROUPS: readonly (readonly string[])[] = [
  // Reporting verbs and attribution
  ['say', 'said', 'mention', 'mentioned', 'state', 'stated', 'tell', 'told', 'remark', 'remarked'],
  ['according to', 'in accordance with', 'in line with', 'based on', 'as per'],
  ['report', 'reported', 'document', 'documented'],
  ['announce', 'declare', 'proclaim'],
  ['ask', 'asked', 'request', 'requested'],
  ['call', 'called', 'refer to as', 'referred to as', 'dub', 'dubbed', 'term', 'termed'],
  ['confirm', 'verify', 'affirm'],
  ['warn', 'caution', 'alert'],
  ['deny', 'reject', 'refute', 'dismiss'],
  ['believe', 'think', 'suppose', 'consider'],
  ['show', 'reveal', 'present', 'exhibit', 'indicate', 'point out'],
  ['claim', 'allege', 'assert', 'contend'],
  // Prepositions, connectives and function phrases spinners love
  ['against', 'in opposition to', 'towards', 'versus'],
  ['about', 'approximately', 'roughly', 'around', 'round', 'some', 'nearly', 'almost', 'close to'],
  ['before', 'earlier than', 'prior to', 'ahead of'],
  ['after', 'following', 'subsequent to', 'later than'],
  ['in', 'within', 'inside'],
  ['along', 'alongside'],
  ['because of', 'due to', 'owing to', 'as a result of', 'on account of'],
  ['about', 'regarding', 'concerning', 'in regards to', 'with regard to', 'relating to'],
  ['also', 'additionally', 'moreover', 'furthermore', 'as well'],
  ['but', 'however', 'nevertheless', 'nonetheless', 'yet'],
  ['now', 'at present', 'presently', 'currently', 'today', 'right now', 'nowadays'],
  ['ago', 'in the past', 'earlier'],
  ['so', 'therefore', 'thus', 'hence', 'consequently'],
  ['while', 'whereas', 'whilst'],
  ['where', 'the place', 'wherein'],
  ['at least', 'a minimum of', 'no less than', 'not less than'],
  ['at most', 'a maximum of', 'no more than', 'not more than', 'up to'],
  ['more than', 'over', 'greater than', 'in excess of', 'upwards of'],
  ['fewer than', 'less than', 'under', 'below'],
  ['take part', 'participate', 'join', 'partake'],
  ['each', 'every', 'all'],
  ['many', 'numerous', 'a lot of', 'plenty of', 'lots of', 'several'],
  ['jointly', 'collectively', 'together'],
  ['could', 'might', 'may', 'can', 'would'],
  ['were', 'had been', 'have been', 'was', 'been'],
  ['is', 'are', 'be', 'being'],
  ['leader', 'chief', 'head', 'boss'],
  // Time and measure
  ['year', '12 months', 'twelve months', 'yr'],
  ['month', '30 days'],
  ['week', '7 days', 'seven days'],
  ['day', '24 hours'],
  ['last', 'final', 'previous', 'past', 'prior'],
  ['kilometre', 'kilometer', 'km', 'kms'],
  ['metre', 'meter', 'm'],
  ['tonne', 'ton', 't', 'tonnes'],
  ['percent', 'per cent', '%', 'pct'],
  ['million', 'mln', 'mn', 'm'],
  ['billion', 'bln', 'bn'],
  // People and organisations
  ['first', 'primary', 'initial', 'principal'],
  ['official', 'officer', 'authority', 'functionary'],
  ['government', 'federal government', 'administration', 'authorities', 'govt'],
  ['man', 'male', 'males', 'men', 'guy'],
  ['woman', 'female', 'lady', 'women'],
  ['child', 'kid', 'youngster', 'children'],
  ['resident', 'inhabitant', 'citizen'],
  ['owner', 'house owner', 'proprietor', 'homeowner'],
  ['expert', 'specialist', 'professional', 'skilled'],
  ['adviser', 'advisor', 'aide', 'counsellor', 'counselor'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'representative'],
  ['company', 'firm', 'business', 'corporation', 'agency'],
  ['military', 'army', 'navy', 'armed forces', 'navy'],
  ['fisherman', 'fisher', 'angler'],
  ['worker', 'employee', 'staff', 'labourer', 'laborer'],
  ['school', 'college', 'faculty'],
  ['united states', 'america', 'u.s', 'usa'],
  // Things, places, events
  ['town', 'city', 'metropolis', 'municipality'],
  ['sea', 'ocean', 'waters', 'marine'],
  ['ship', 'vessel', 'boat', 'craft'],
  ['fuel', 'gasoline', 'petrol', 'gas'],
  ['chemical', 'chemical compound', 'chemical substance'],
  ['data', 'information', 'knowledge', 'figures'],
  ['speed', 'velocity', 'pace'],
  ['size', 'measurement', 'scale', 'magnitude', 'dimension'],
  ['smell', 'odor', 'odour', 'scent', 'stench'],
  ['rule', 'guideline', 'regulation', 'law'],
  ['price', 'value', 'cost', 'expense'],
  ['war', 'battle', 'conflict', 'combat', 'warfare', 'fight', 'struggle'],
  ['defence', 'defense', 'protection', 'safety'],
  ['weapon', 'arm', 'arms', 'weaponry'],
  ['shipping', 'delivery', 'transport', 'freight'],
  ['country', 'nation'],
  ['trip', 'journey', 'visit', 'voyage', 'travel'],
  ['help', 'aid', 'assistance', 'support', 'assist'],
  ['meeting', 'assembly', 'gathering', 'summit'],
  ['problem', 'issue', 'drawback', 'concern', 'difficulty'],
  ['area', 'space', 'region', 'zone', 'district'],
  ['home', 'house', 'residence', 'dwelling'],
  ['status', 'standing', 'position'],
  ['result', 'outcome', 'consequence', 'end result'],
  ['plan', 'scheme', 'programme', 'program', 'schedule', 'agenda'],
  ['research', 'analysis', 'study', 'examine'],
  ['recovery', 'restoration', 'salvage'],
  ['hospital', 'clinic', 'medical centre'],
  ['deal', 'agreement', 'settlement', 'treaty', 'pact'],
  ['relationship', 'ties', 'relations', 'bond'],
  // Verbs
  ['hit', 'strike', 'struck', 'smash'],
  ['spread', 'unfold', 'expand', 'extend'],
  ['happen', 'occur', 'take place'],
  ['leave', 'depart', 'go away'],
  ['bring', 'convey', 'carry', 'deliver'],
  ['raise', 'increase', 'boost', 'improve', 'elevate', 'enhance'],
  ['cut', 'reduce', 'decrease', 'lower', 'lessen'],
  ['hold', 'maintain', 'keep', 'retain', 'preserve'],
  ['treat', 'handle', 'deal with'],
  ['clean', 'cleanse', 'cleansing', 'clean-up', 'cleanup', 'cleaning'],
  ['use', 'utilize', 'utilise', 'make use of', 'employ'],
  ['need', 'require', 'want'],
  ['get', 'obtain', 'acquire', 'receive', 'gain'],
  ['give', 'provide', 'supply', 'offer', 'present'],
  ['buy', 'purchase', 'acquire'],
  ['begin', 'start', 'commence', 'launch', 'kick off'],
  ['end', 'finish', 'conclude', 'terminate', 'cease'],
  ['try', 'attempt', 'strive', 'seek', 'look for'],
  ['stop', 'halt', 'cease', 'block'],
  ['find', 'discover', 'uncover', 'identify', 'locate'],
  ['build', 'construct', 'erect', 'assemble'],
  ['grow', 'develop', 'expand'],
  ['move', 'shift', 'transfer', 'relocate'],
  ['kill', 'slay', 'murder'],
  ['die', 'perish', 'pass away'],
  ['win', 'triumph', 'prevail'],
  ['check', 'examine', 'inspect', 'test'],
  ['fire', 'hearth', 'blaze'],
  ['limit', 'restrict', 'restricted', 'limited', 'curb'],
  ['meet', 'encounter', 'met'],
  ['argue', 'contend', 'debate'],
  ['expect', 'anticipate', 'predict', 'forecast'],
  ['send', 'ship', 'dispatch'],
  ['evacuate', 'empty'],
  // Adjectives and adverbs
  ['big', 'large', 'huge', 'vast', 'massive', 'enormous', 'giant', 'substantial', 'considerable'],
  ['small', 'little', 'tiny', 'minor', 'slight'],
  ['young', 'younger', 'youthful'],
  ['old', 'aged', 'elderly', 'outdated'],
  ['new', 'novel', 'fresh', 'recent'],
  ['strong', 'robust', 'sturdy', 'powerful'],
  ['weak', 'feeble', 'frail'],
  ['important', 'crucial', 'vital', 'essential', 'key', 'significant', 'critical'],
  ['serious', 'severe', 'grave', 'critical'],
  ['quick', 'fast', 'rapid', 'swift', 'speedy'],
  ['quickly', 'rapidly', 'swiftly', 'fast'],
  ['slow', 'sluggish', 'gradual'],
  ['high', 'excessive', 'elevated', 'tall'],
  ['low', 'lower', 'decrease', 'reduced'],
  ['local', 'native', 'regional'],
  ['compulsory', 'obligatory', 'mandatory', 'required'],
  ['close', 'near', 'nearby', 'closer', 'nearer'],
  ['long', 'lengthy', 'prolonged'],
  ['rare', 'uncommon', 'unusual', 'erratic'],
  ['isolated', 'secluded', 'remote', 'cut off'],
  ['clear', 'obvious', 'evident', 'apparent', 'plain'],
  ['hard', 'difficult', 'tough', 'challenging'],
  ['easy', 'simple', 'straightforward'],
  ['good', 'great', 'excellent', 'fine', 'nice'],
  ['bad', 'poor', 'terrible', 'awful'],
  ['continued', 'sustained', 'ongoing', 'continuing', 'further'],
  ['environment', 'surroundings', 'setting', 'atmosphere'],
  ['international', 'worldwide', 'global'],
  ['abroad', 'overseas', 'foreign'],
  ['invasion', 'attack', 'assault', 'offensive'],
  ['deportation', 'banishment', 'expulsion'],
]

/** Word-level groups: stem -> canonical meaning id. Phrase groups: word sequence -> meaning id. */
const WORDS = new Map<string, string>()
/** Phrases keyed by their first word's stem, longest first, so matching is one lookup per token. */
const PHRASES = new Map<string, Array<{ words: string[]; canon: string }>>()

function words(entry: string): string[] {
  return entry.toLowerCase().split(/\s+/u).map(stem)
}

for (const group of GROUPS) {
  const canon = `~${words(group[0] ?? '').join('_')}`
  for (const entry of group) {
    const ws = words(entry)
    if (ws.length === 1) {
      // A word in two groups keeps its first meaning: earlier groups are the more common senses.
      if (!WORDS.has(ws[0]!)) WORDS.set(ws[0]!, canon)
    } else {
      const list = PHRASES.get(ws[0]!) ?? []
      list.push({ words: ws, canon })
      PHRASES.set(ws[0]!, list)
    }
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length)

/** The meaning a single (stemmed) word stands for, or the stem itself when the thesaurus does not know it. */
export function canonicalWord(stemmed: string): string {
  return WORDS.get(stemmed) ?? stemmed
}

/**
 * The longest thesaurus phrase starting at `i` in a list of stems: its length in words and its
 * meaning, or null.
 */
export function matchPhrase(stems: readonly string[], i: number): { length: number; canon: string } | null {
  const list = PHRASES.get(stems[i] ?? '')
  if (!list) return null
  for (const p of list) {
    if (p.words.every((w, k) => stems[i + k] === w)) return { length: p.words.length, canon: p.canon }
  }
  return null
}

/** Whether a canonical form came from the thesaurus (so its surface words may differ legitimately). */
export function isThesaurusMeaning(canon: string): boolean {
  return canon.startsWith('~')
}
