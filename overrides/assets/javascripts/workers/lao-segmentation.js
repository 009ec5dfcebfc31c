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

  scope.LaoSegmentation = { fold, split, LAO_RUN }
})(self)
