/* Material's search worker with Lao made searchable. hooks/lao_search.py writes one worker
   file: lao-segmentation.js, this file, then Material's own worker. This part loads the index
   of the reader's language (`lang` in the worker's address) itself, as soon as search opens,
   splits Lao queries into the words the index holds, with the rule the index was split with,
   shows each result as a few words of the page's own spelling around the words the reader
   typed, marked (not the pieces the query was split into), and hands everything else to Material's worker
   unchanged. */
"use strict"

const parameters = new URL(self.location.href).searchParams
const readerLanguage = parameters.get("lang")
/* An earlier edition's pages search that edition (`edition`); the others, the newest. */
const edition = /^[0-9]{4}$/.test(parameters.get("edition") || "") ? `${parameters.get("edition")}/` : ""
const INDEX = `../../../${readerLanguage === "en" ? "en/" : ""}${edition}search/search_index.json`
const MESSAGE = { SETUP: 0, QUERY: 2, RESULT: 3 } /* Material 9.8's SearchMessageType */
const { fold, split, wordPatterns, LAO_RUN } = self.LaoSegmentation
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

const EXCERPT = 200 /* characters shown of a result's text: three lines on a phone */
const BEFORE = 50 /* of them, before the first of the reader's words */
const BOUNDARY = /[\s\u200b]/
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " }
const unescapeHtml = html => html.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name) =>
  name[0] !== "#" ? ENTITIES[name] ?? entity
    : String.fromCodePoint(name[1] === "x" || name[1] === "X"
      ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)))
const escapeHtml = text => text.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`)

/* A few words of a page's text around the first of the reader's words, as plain text, from
   the one paragraph or list item that holds them. */
function excerpt(html, words) {
  const blocks = html.split(/<\/?(?:p|li|ol|ul|pre)>/)
    .map(block => unescapeHtml(block.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim())
    .filter(Boolean)
  const text = blocks.find(block => block.search(words) !== -1) ?? blocks[0] ?? ""
  const found = text.search(words)
  let from = Math.max(0, found - BEFORE)
  let to = Math.min(text.length, from + EXCERPT)
  while (from > 0 && from < found && !BOUNDARY.test(text[from - 1])) from++
  while (to < text.length && to > Math.max(from, found) + 1 && !BOUNDARY.test(text[to])) to--
  return `${from > 0 ? "… " : ""}${text.slice(from, to).trim()}${to < text.length ? " …" : ""}`
}

/* Material marks every piece of the split query in the folded text it searched, and shows a
   page's whole text; show instead a few words of the page's own spelling around the reader's
   own words, marked. Those words are named (`terms`) for the link to the page, which marks
   them there too, never an empty list of them. The index's word breaks are taken out of what
   the reader sees. */
function markTyped(result) {
  const words = new RegExp(wordPatterns(typed).join("|") || "$^", "gi")
  const mark = html => html.split(/(<[^>]*>)/)
    .map(part => part.startsWith("<") ? part : part.replace(words, "<mark>$&</mark>"))
    .join("")
  const markText = text => {
    let html = ""
    let end = 0
    for (const match of text.matchAll(words)) {
      html += `${escapeHtml(text.slice(end, match.index))}<mark>${escapeHtml(match[0])}</mark>`
      end = match.index + match[0].length
    }
    return html + escapeHtml(text.slice(end))
  }
  const missing = terms => Object.fromEntries(Object.entries(terms).filter(([, found]) => !found))
  const shown = doc => {
    /* A page whose text all sits in its sections has no entry of its own in the index:
       Material names it from the section found, in the words it searched */
    const written = documents.get(doc.location) || doc
    return {
      ...doc,
      title: mark(written.title),
      text: `<p>${markText(excerpt(written.text, words))}</p>`,
      terms: { ...missing(doc.terms), [typed.trim()]: true }
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
