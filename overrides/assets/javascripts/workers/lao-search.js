/* Material's search worker with Lao made searchable. hooks/lao_search.py writes one worker
   file: lao-segmentation.js, this file, then Material's own worker. This part loads the index
   of the reader's language (`lang` in the worker's address) itself, as soon as search opens,
   splits Lao queries into the words the index holds, with the rule the index was split with,
   and hands everything else to Material's worker unchanged. */
"use strict"

const readerLanguage = new URL(self.location.href).searchParams.get("lang")
const INDEX = `../../../${readerLanguage === "en" ? "en/" : ""}search/search_index.json`
const MESSAGE = { SETUP: 0, QUERY: 2 } /* Material 9.8's SearchMessageType */
const { fold, split, LAO_RUN } = self.LaoSegmentation

let vocabulary = new Set()
let sortedVocabulary = []
let longest = 0

function setup(index) {
  const separator = new RegExp(index.config.separator)
  for (const doc of index.docs)
    for (const field of [doc.title, doc.text])
      for (const token of (field || "").split(separator))
        for (const word of token.match(LAO_RUN) || [])
          vocabulary.add(word)
  sortedVocabulary = [...vocabulary].sort()
  longest = Math.max(0, ...sortedVocabulary.map(word => word.length))
  return { ...index, options: { suggest: false } }
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

function rewrite(message) {
  if (message.type === MESSAGE.QUERY)
    return { ...message, data: laoQuery(message.data) }
  return message
}

/* Material's worker listens once; it gets our index, then the page's messages less any index
   the page sends (a highlight link makes Material fetch the site's first index). */
const listen = self.addEventListener.bind(self)
self.addEventListener = (type, listener, options) => {
  if (type !== "message") return listen(type, listener, options)
  listen(
    type,
    event => event.data.type === MESSAGE.SETUP || listener({ data: rewrite(event.data) }),
    options
  )
  fetch(INDEX)
    .then(response => response.json())
    .then(index => listener({ data: { type: MESSAGE.SETUP, data: setup(index) } }))
}
