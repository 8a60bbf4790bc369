/**
 * Boilerplate vocabulary: what comment forms, share bars, related-article lists, site chrome and
 * footers say, in the languages analysts meet most. These are the words of the widgets, not the
 * strings of any one site, so the rules carry over to pages we have never seen.
 */
import type { RemovedKind } from './types'

export type LexiconKind = Extract<RemovedKind, 'comments' | 'related' | 'share' | 'link' | 'navigation' | 'footer'>

interface Lexicon {
  kind: LexiconKind
  /** Phrases that mark a short line as boilerplate wherever they stand in it. */
  anywhere: readonly string[]
  /** Phrases that do so only when they open the line (they also occur in prose). */
  leading: readonly string[]
  /** Single words that do so only in very short lines (a heading or a button label). */
  keywords: readonly string[]
  /** Whether a line like this starts a tail section (everything after it is the same widget). */
  heading: boolean
}

const LEXICONS: readonly Lexicon[] = [
  {
    kind: 'comments',
    heading: true,
    anywhere: [
      'leave a reply', 'leave a comment', 'post a comment', 'no comments', 'comments are closed',
      'be the first to comment', 'cancel reply', 'your email address will not be published',
      'required fields are marked', 'enter your comment', 'enter your name', 'enter your email',
      'enter your website', 'save my name, email', 'notify me of follow-up', 'notify me of new',
      'must be logged in to post', 'tidak ada komentar', 'posting komentar', 'kirim komentar', 'tulis komentar',
      'tinggalkan balasan', 'tinggalkan komentar', 'laisser un commentaire', 'ne sera pas publiée',
      'kommentar schreiben', 'kommentar verfassen', 'wird nicht veröffentlicht', 'deja un comentario',
      'deja una respuesta', 'no será publicada', 'deixe um comentário', 'deixe uma resposta',
      'não será publicado', 'lascia un commento', 'non sarà pubblicato', 'laat een reactie achter',
      'wordt niet gepubliceerd', 'оставить комментарий', 'добавить комментарий', 'yorum yap', 'أضف تعليق',
      '發佈留言', '发布留言', '發表留言', '发表评论', '發表評論', '留言', 'コメントを残す', 'コメントする', '댓글 남기기', '댓글',
    ],
    leading: ['post comment', 'add a comment', 'add comment', 'view comments', 'show comments', 'load comments',
      'join the conversation', 'join the discussion', 'comment policy', 'comments closed'],
    keywords: ['comment', 'comments', 'reply', 'replies', 'respond', 'responses', 'komentar', 'balas',
      'commentaire', 'commentaires', 'kommentar', 'kommentare', 'antworten', 'répondre', 'comentario',
      'comentarios', 'responder', 'comentário', 'comentários', 'commento', 'commenti', 'rispondi', 'reacties',
      'reageer', 'комментарии', 'комментариев', 'комментарий', 'коментарі', 'yorumlar', 'تعليقات', '评论', '評論',
      'コメント'],
  },
  {
    kind: 'related',
    heading: true,
    anywhere: ['you may also like', 'you might also like', 'recommended for you', 'das könnte sie auch interessieren',
      'potrebbe interessarti', 'te puede interesar', '相关文章', '相關文章', '相关新闻', '相關新聞', '推荐阅读', '推薦閱讀',
      '関連記事', '관련 기사', '관련기사'],
    leading: [
      'you may like', 'you might like', 'related articles', 'related posts', 'related stories', 'related news',
      'related content', 'related coverage', 'related topics', 'related reading', 'read more', 'read also',
      'also read', 'more from', 'more stories', 'more news', 'recommended stories', 'recommended articles',
      'recommended reading', 'popular posts', 'popular stories', 'most read', 'most popular', 'most viewed',
      'trending now', "don't miss", 'dont miss', 'see also', 'what to read next', 'up next', 'more on this story',
      'latest news', 'latest posts', 'baca juga', 'berita terkait', 'artikel terkait', 'lihat juga',
      'berita lainnya', 'lesen sie auch', 'mehr zum thema', 'auch interessant', 'à lire aussi', 'lire aussi',
      'a lire aussi', 'voir aussi', 'sur le même sujet', 'lee también', 'noticias relacionadas', 'leia também',
      'veja também', 'leggi anche', 'lees ook', 'meer nieuws', 'читайте также', 'похожие статьи',
      'ilgili haberler',
    ],
    keywords: ['related', 'recommended', 'trending', 'popular'],
  },
  {
    kind: 'share',
    heading: false,
    anywhere: ['adblock', 'ad blocker', 'ad-blocker', 'disable your ad', 'our newsletter', 'cookie policy',
      'cookie settings', 'accept cookies', 'we use cookies', 'this site uses cookies', 'story continues below',
      'continue reading below', 'sponsored content', 'paid content'],
    leading: [
      'share this', 'share on', 'share via', 'share the article', 'share article', 'click to share', 'tweet this',
      'pin it', 'email this', 'print this', 'copy link', 'follow us', 'subscribe to', 'subscribe now',
      'sign up for', 'sign up to', 'get the app', 'download the app', 'download our app', 'advertisement',
      'skip advert', 'skip ad', 'whitelist', 'bagikan', 'artikel ini telah', 'jetzt teilen', 'partager sur',
      'compartir en', 'compartilhe', 'condividi su',
    ],
    keywords: ['share', 'tweet', 'subscribe', 'newsletter', 'sponsored', 'advertisement', 'advertising', 'ad',
      'ads', 'print', 'email', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest',
      'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'messenger', 'x', 'iklan', 'werbung', 'anzeige',
      'teilen', 'partager', 'publicité', 'compartir', 'publicidad', 'compartilhar', 'publicidade', 'condividi',
      'pubblicità', 'delen', 'advertentie', 'поделиться', 'реклама', 'paylaş', 'reklam', '分享', '广告', '廣告',
      '広告', '광고', '공유'],
  },
  {
    kind: 'link',
    heading: false,
    anywhere: ['source link', 'tautan sumber', 'lien source', 'enlace fuente', 'link da fonte', 'bron link'],
    leading: ['original article', 'originally published at', 'originally published on', 'view original',
      'read the original', 'read original', 'click here'],
    keywords: ['source', 'permalink', 'link', 'sumber', 'quelle', 'fuente', 'fonte', 'bron'],
  },
  {
    kind: 'navigation',
    heading: false,
    anywhere: ['exit mobile version', 'skip to content', 'skip to main content', 'toggle navigation',
      'zum inhalt springen', 'aller au contenu', 'ir al contenido', 'vai al contenuto', 'перейти к содержимому',
      '跳至内容', '跳至主要內容'],
    leading: ['mobile version', 'desktop version', 'skip to navigation', 'main menu', 'open menu', 'close menu',
      'back to top', 'scroll to top', 'go to top', 'previous post', 'next post', 'previous article',
      'next article', 'you are here', 'log in', 'sign in', 'naar inhoud'],
    keywords: ['menu', 'search', 'home', 'login', 'navigation', 'beranda', 'startseite', 'accueil', 'inicio',
      'início', 'главная', '首页', '首頁', 'ホーム', '홈'],
  },
  {
    kind: 'footer',
    heading: false,
    anywhere: [
      'all rights reserved', '©', 'hak cipta dilindungi', 'alle rechte vorbehalten', 'tous droits réservés',
      'todos los derechos reservados', 'todos os direitos reservados', 'diritti riservati',
      'alle rechten voorbehouden', 'все права защищены', '版权所有', '版權所有', '著作権', '무단 전재',
      '不會公開', '不会公开', '必填欄位', '必填字段', '電子郵件地址', '电子邮件地址',
    ],
    leading: ['privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'contact us',
      'about us', 'powered by', 'proudly powered by', 'theme by', 'designed by', 'copyright'],
    keywords: ['copyright', 'impressum', 'imprint', 'datenschutz'],
  },
]

export interface LexiconMatch {
  kind: LexiconKind
  heading: boolean
  /** 'phrase': a widget phrase, or the whole line is a keyword; 'keyword': a keyword in a short line. */
  strength: 'phrase' | 'keyword'
}

/** Lines longer than this are prose, whatever words they contain. */
const MAX_LINE_CHARS = 300

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

const NOT_WORD = '[^\\p{L}\\p{N}]'
const WORD_END = '(?![\\p{L}\\p{N}])'

interface Compiled {
  lexicon: Lexicon
  anywhere: RegExp | null
  leading: RegExp | null
  cjk: readonly string[]
  keywords: ReadonlySet<string>
}

const COMPILED: readonly Compiled[] = LEXICONS.map((lexicon) => {
  const latin = lexicon.anywhere.filter((p) => !isSubstringPhrase(p))
  return {
    lexicon,
    anywhere: latin.length ? new RegExp(`(?:^|${NOT_WORD})(?:${alternation(latin)})${WORD_END}`, 'u') : null,
    leading: lexicon.leading.length
      ? new RegExp(`^${NOT_WORD}{0,3}(?:${alternation(lexicon.leading)})${WORD_END}`, 'u')
      : null,
    cjk: lexicon.anywhere.filter(isSubstringPhrase),
    keywords: new Set(lexicon.keywords),
  }
})

/**
 * Matches a line against the boilerplate vocabulary. Long lines never match: a sentence that
 * mentions comments or sharing is prose. A phrase must appear in a line of at most 30 words; a
 * bare keyword only in a line of at most 4 words that does not end like a sentence ("Putin
 * declined to comment." stays).
 */
export function matchLexicon(line: string): LexiconMatch | null {
  if (line.length === 0 || line.length > MAX_LINE_CHARS) return null
  const norm = normalizeLine(line)
  if (norm === '') return null
  const words = norm.split(' ')
  if (words.length > 30) return null
  const endsLikeSentence = /[.。](?:["'”’»)\]]*)$/u.test(line.trim())
  for (const c of COMPILED) {
    const hit = c.anywhere?.test(norm) || c.leading?.test(norm) || c.cjk.some((p) => norm.includes(p))
    if (hit) {
      // A phrase that fills a short line is the widget itself, so it can head a tail section.
      return { kind: c.lexicon.kind, heading: c.lexicon.heading && words.length <= 8, strength: 'phrase' }
    }
  }
  if (words.length > 4 || endsLikeSentence) return null
  const tokens = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '')
  for (const c of COMPILED) {
    if (!tokens.some((t) => c.keywords.has(t))) continue
    const whole = tokens.every((t) => c.keywords.has(t) || /^\d+$/.test(t))
    return { kind: c.lexicon.kind, heading: c.lexicon.heading, strength: whole ? 'phrase' : 'keyword' }
  }
  return null
}

/** Lower-cases, turns curly apostrophes straight and collapses whitespace. */
export function normalizeLine(line: string): string {
  return line.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
}

/** CJK has no spaces between words, and a bare symbol has no word edges: both match as substrings. */
function isSubstringPhrase(p: string): boolean {
  return CJK.test(p) || !/\p{L}/u.test(p)
}

function alternation(phrases: readonly string[]): string {
  return phrases.map(escapeRegExp).join('|')
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
