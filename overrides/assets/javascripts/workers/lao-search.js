/* Material's search worker with Lao made searchable. overrides/main.html starts this file in
   place of Material's worker (named by `stock`); it keeps only the pages of the reader's
   language (`lang`), splits Lao queries into the words the index holds, with the rule the
   index was split with, and hands everything else to Material's worker unchanged. */
"use strict"

importScripts("lao-segmentation.js")

const parameters = new URL(self.location.href).searchParams
const readerLanguage = parameters.get("lang")
const stockWorker = parameters.get("stock")
const MESSAGE = { SETUP: 0, QUERY: 2 } /* Material 9.8's SearchMessageType */
const { fold, split, LAO_RUN } = self.LaoSegmentation

let vocabulary = new Set()
let sortedVocabulary = []
let longest = 0

function inReaderLanguage(doc) {
  const english = doc.location.startsWith("en/")
  return readerLanguage === "en" ? english : !english
}

function setup(index) {
  const docs = index.docs.filter(inReaderLanguage)
  const separator = new RegExp(index.config.separator)
  for (const doc of docs)
    for (const field of [doc.title, doc.text])
      for (const token of (field || "").split(separator))
        for (const word of token.match(LAO_RUN) || [])
          vocabulary.add(word)
  sortedVocabulary = [...vocabulary].sort()
  longest = Math.max(0, ...sortedVocabulary.map(word => word.length))
  return { ...index, docs }
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
  if (message.type === MESSAGE.SETUP)
    return { ...message, data: setup(message.data) }
  if (message.type === MESSAGE.QUERY)
    return { ...message, data: laoQuery(message.data) }
  return message
}

const listen = self.addEventListener.bind(self)
self.addEventListener = (type, listener, options) =>
  listen(
    type,
    type === "message" ? event => listener({ data: rewrite(event.data) }) : listener,
    options
  )

if (!/^search\.[0-9a-f]+\.min\.js$/.test(stockWorker))
  throw new Error(`not Material's search worker: ${stockWorker}`)
importScripts(stockWorker)
