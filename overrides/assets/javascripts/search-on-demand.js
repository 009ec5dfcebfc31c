/* Search on demand: Material starts its search worker, and fetches the search index, as soon as
   a page loads. Most readers never search, so this file, loaded just before Material's bundle,
   holds both back until the reader opens or focuses search (or arrives by a `?q=` link).
   Material then gets a stand-in for the worker that queues its messages; the real worker,
   which loads the index of the page's language itself, starts on first use. */
(function () {
  "use strict"

  const form = document.forms.namedItem("search")
  if (!form) return
  const config = JSON.parse(document.getElementById("__config").textContent)
  const parameters = new URL(location.href).searchParams
  const linked = parameters.has("q")

  /* Material fetches the index on load for a form named "search", for its worker (which
     loads its own) and to mark a result's words on the page it opens (`?h=`), which
     search-highlight.js does instead, in either spelling. An empty `h` marks nothing and is
     dropped from the address. */
  form.removeAttribute("name")
  if (parameters.has("h") && !parameters.get("h").trim()) {
    const address = new URL(location.href)
    address.searchParams.delete("h")
    history.replaceState(history.state, "", address)
  }
  if (parameters.get("h")?.trim())
    for (const name of ["workers/lao-segmentation.js", "search-highlight.js"]) {
      const script = document.createElement("script")
      script.src = new URL(name, document.currentScript.src).href
      script.async = false
      document.body.append(script)
    }

  /* Material searches when a key is released; a query also arrives by paste, an input
     method's composition, a suggestion bar, voice or autofill, with no key released. Any
     change of the query is handed to Material as the key release it waits for. */
  const query = form.querySelector("input[type=text], input[type=search]")
  const searchNow = () => query.dispatchEvent(new KeyboardEvent("keyup"))
  query.addEventListener("input", searchNow)
  query.addEventListener("compositionend", searchNow)

  const RealWorker = window.Worker
  const workerAddress = new URL(config.search, location.href).href

  class WorkerOnDemand extends EventTarget {
    constructor(address) {
      super()
      this.address = address
      this.queued = []
      this.worker = null
    }

    postMessage(message) {
      if (this.worker) this.worker.postMessage(message)
      else this.queued.push(message)
    }

    start() {
      if (this.worker) return
      this.worker = new RealWorker(this.address)
      this.worker.addEventListener("message", event =>
        this.dispatchEvent(new MessageEvent("message", { data: event.data })))
      for (const message of this.queued.splice(0)) this.worker.postMessage(message)
    }
  }

  /* Material constructs exactly one worker, for search, while its bundle runs. */
  window.Worker = function (address, options) {
    if (new URL(address, location.href).href !== workerAddress)
      return new RealWorker(address, options)
    window.Worker = RealWorker
    const worker = new WorkerOnDemand(address)
    const start = () => worker.start()
    if (linked) start()
    const search = document.querySelector("[data-md-component=search]")
    search.addEventListener("focusin", start, { once: true })
    search.addEventListener("pointerdown", start, { once: true })
    document.getElementById("__search").addEventListener("change", start, { once: true })
    return worker
  }
})()
