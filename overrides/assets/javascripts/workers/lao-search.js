/* Material's search worker with Lao made searchable. hooks/lao_search.py writes one worker
   file: lao-segmentation.js, this file, then Material's own worker. This part loads the index
   of the reader's language (`lang` in the worker's address) itself, as soon as search opens,
   splits Lao queries into the words the index holds, with the rule the index was split with,
   shows the results in the page's own spelling with the words the reader typed marked (not
   the pieces the query was split into), and hands everything else to Material's worker
   unchanged. */
"use strict"

const readerLanguage = new URL(self.location.href).searchParams.get("lang")
const INDEX = `../../../${readerLanguage === "en" ? "en/" : ""}search/search_index.json`
const MESSAGE = { SETUP: 0, QUERY: 2, RESULT: 3 } /* Material 9.8's SearchMessageType */
const { fold, split, wordPatterns, LAO_RUN, LAO_LETTER } = self.LaoSegmentation
const BLOCK = /<(p|li|td|th|dt|dd|h[1-6]|blockquote)\b[^>]*>[\s\S]*?<\/\1>/g
const WORD_BREAK = /\u200b/g

let documents = new Map()
let vocabulary = new Set()
let sortedVocabulary = []
let longest = 0

/* The index holds each page's text in the page's own spelling, with word breaks; Material's
   worker gets it folded, so that a word matches in either spelling. */
function setup(index) {
  documents = new Map(index.docs.map(doc => [doc.location, doc]))
  const folded = index.docs.map(doc => ({ ...doc, title: fold(doc.title), text: fold(doc.text) }))
  const separator = new RegExp(index.config.separator)
  for (const doc of folded)
    for (const field of [doc.title, doc.text])
      for (const token of field.split(separator))
        for (const word of token.match(LAO_RUN) || [])
          vocabulary.add(word)
  sortedVocabulary = [...vocabulary].sort()
  longest = Math.max(0, ...sortedVocabulary.map(word => word.length))
  return { ...index, docs: folded, options: { suggest: false } }
}

/* Whether some indexed word begins with `start`: a word the reader is still typing. */
function begunWord(start) {
  let low = 0
  let high = sortedVocabulary.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sortedVocabulary[middle] < start) low = middle + 1
    else high = middle
  }
  return low < sortedVocabulary.length && sortedVocabulary[low].startsWith(start)
}

/* Keep the last pieces together where they begin an indexed word: a word being typed. */
function joinUnfinishedTail(pieces) {
  for (let first = 0; first < pieces.length - 1; first++) {
    const tail = pieces.slice(first).join("")
    if (begunWord(tail)) return [...pieces.slice(0, first), tail]
  }
  return pieces
}

/* Every Lao word of the query is required; only an unfinished last word matches as a prefix. */
function laoQuery(query) {
  return fold(query).replace(LAO_RUN, run => {
    const pieces = joinUnfinishedTail(split(run, vocabulary, longest))
    return pieces
      .map((piece, index) =>
        index === pieces.length - 1 && !vocabulary.has(piece) ? `+${piece}*` : `+${piece}`)
      .join(" ")
  })
}

let typed = ""

function rewrite(message) {
  if (message.type !== MESSAGE.QUERY) return message
  typed = message.data
  return { ...message, data: laoQuery(message.data) }
}

/* Material marks every piece of the split query, in the first blocks where any piece occurs,
   in the folded text it searched; show instead the page's own spelling, with the reader's own
   words marked, and for a Lao query the blocks (at most two, as Material does) that hold them.
   Those words are named (`terms`) for the link to the page, which marks them there too. The
   index's word breaks are taken out of what the reader sees. */
function markTyped(result) {
  const lao = LAO_LETTER.test(typed)
  const words = new RegExp(wordPatterns(typed).join("|") || "$^", "gi")
  const mark = html => html.split(/(<[^>]*>)/)
    .map(part => part.startsWith("<") ? part : part.replace(words, "<mark>$&</mark>"))
    .join("")
  const holds = html => html.replace(/<[^>]*>/g, "").search(words) !== -1
  const shown = doc => {
    const written = documents.get(doc.location)
    const blocks = lao ? (written.text.match(BLOCK) || []).filter(holds) : []
    return {
      ...doc,
      title: mark(written.title),
      text: mark(blocks.length ? blocks.slice(0, 2).join("") : written.text),
      ...lao && Object.keys(doc.terms).length && { terms: { [typed.trim()]: true } }
    }
  }
  const clean = doc => ({
    ...doc, title: doc.title.replace(WORD_BREAK, ""), text: doc.text.replace(WORD_BREAK, "")
  })
  return { ...result, items: result.items.map(group => group.map(doc => clean(shown(doc)))) }
}

const send = self.postMessage.bind(self)
self.postMessage = message =>
  send(message.type === MESSAGE.RESULT ? { ...message, data: markTyped(message.data) } : message)

/* Material's worker listens once; the page sends it no index (search-on-demand.js), so it gets
   ours, then the page's messages. */
const listen = self.addEventListener.bind(self)
self.addEventListener = (type, listener, options) => {
  if (type !== "message") return listen(type, listener, options)
  listen(type, event => listener({ data: rewrite(event.data) }), options)
  fetch(INDEX)
    .then(response => response.json())
    .then(index => listener({ data: { type: MESSAGE.SETUP, data: setup(index) } }))
}
