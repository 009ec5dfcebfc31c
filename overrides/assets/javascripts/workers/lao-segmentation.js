/* The rule that splits Lao text into searchable words: the same as hooks/lao_segmentation.py,
   step for step, tested against the same vectors (tests/lao_segmentation_vectors.json). */
(function (scope) {
  "use strict"

  const FOLDS = [
    ["\u0ecd\u0eb2", "\u0eb3"],
    ["\u0eab\u0e99", "\u0edc"],
    ["\u0eab\u0ea1", "\u0edd"],
    ["\u0eab\u0ea5", "\u0eab\u0ebc"]
  ]
  const LAO_RUN = /[\u0e80-\u0eff]+/g
  const LAO_LETTER = /[\u0e80-\u0eff]/

  function fold(text) {
    return FOLDS.reduce((folded, [written, one]) => folded.split(written).join(one), text)
  }

  function split(run, words, longest) {
    const pieces = []
    let unknownFrom = null
    let position = 0
    while (position < run.length) {
      let end = null
      for (let e = Math.min(run.length, position + longest); e > position; e--)
        if (words.has(run.slice(position, e))) {
          end = e
          break
        }
      if (end === null) {
        if (unknownFrom === null) unknownFrom = position
        position += 1
        continue
      }
      if (unknownFrom !== null) {
        pieces.push(run.slice(unknownFrom, position))
        unknownFrom = null
      }
      pieces.push(run.slice(position, end))
      position = end
    }
    if (unknownFrom !== null) pieces.push(run.slice(unknownFrom))
    return pieces
  }

  const OTHER_SPELLING = new Map(FOLDS.map(([written, one]) => [one, written]))
  const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

  /* The reader's words, each as a pattern that finds it in either spelling, in the index (which
     puts a word break between Lao words) as on the page: what search marks, and nothing less. */
  function wordPatterns(query) {
    return fold(query).split(/\s+/).filter(Boolean).map(word => {
      if (!LAO_LETTER.test(word)) return `\\b${escape(word)}`
      const letters = []
      for (let i = 0; i < word.length; ) {
        const unit = OTHER_SPELLING.has(word.slice(i, i + 2)) ? word.slice(i, i + 2) : word[i]
        const other = OTHER_SPELLING.get(unit)
        letters.push(other ? `(?:${escape(unit)}|${escape(other)})` : escape(unit))
        i += unit.length
      }
      return letters.join("\u200b?")
    })
  }

  scope.LaoSegmentation = { fold, split, wordPatterns, LAO_RUN, LAO_LETTER }
})(self)
