/* Marks on the page the words a search result links to (`?h=`), in whichever spelling the page
   writes them, as the results marked them: the reader's words or phrase, never the bare pieces
   a Lao query was split into, as Material's own page highlighting would.
   search-on-demand.js loads it, after workers/lao-segmentation.js, on such links only. */
(function () {
  "use strict"

  const query = new URL(location.href).searchParams.get("h") || ""
  const patterns = self.LaoSegmentation.wordPatterns(query)
  if (!patterns.length) return
  const words = new RegExp(patterns.join("|"), "gi")
  const content = document.querySelector("[data-md-component=content]")
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT)
  const found = []
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.data.search(words) !== -1) found.push(node)

  for (const node of found) {
    const parts = []
    let end = 0
    for (const match of node.data.matchAll(words)) {
      const mark = document.createElement("mark")
      mark.dataset.mdHighlight = ""
      mark.textContent = match[0]
      parts.push(node.data.slice(end, match.index), mark)
      end = match.index + match[0].length
    }
    node.replaceWith(...parts, node.data.slice(end))
  }

  /* A result that leads to the page itself, not to a section of it, shows the first match:
     on a phone it may be screens below the headline. */
  const first = content.querySelector("mark[data-md-highlight]")
  if (first && !location.hash) first.scrollIntoView({ block: "center" })
})()
