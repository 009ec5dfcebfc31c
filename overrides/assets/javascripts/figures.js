/*
 * A figure answers in place. Hover or keyboard focus shows a small box with what the figure
 * counts and the sentence that states it; a click, a tap or Enter opens the same box with
 * links to that sentence and to the figure's entry on the facts page, instead of leaving the
 * page. Escape, the close button or a tap elsewhere closes it.
 *
 * The sentence comes in the reader's language first: where the publisher's sentence is in
 * another language and the figure stands in a sentence of the page's language (the article,
 * or its translation), the box shows that sentence, then the original, named as such.
 *
 * The link to the sentence leads to it: on this page it scrolls to the sentence and marks
 * it; a figure reached by a link from another page marks its sentence too.
 *
 * The box is the page's <template id="fact-popover"> (hooks/interface.py), in the page's
 * language. Label and sentences come from the link's data attributes and the page's text, and
 * are set with textContent only: they are shown as text, whatever characters they hold.
 */
(() => {
  "use strict";

  const BOX_ID = "fact-popover-box";
  const GAP = 6;
  const REACH = 90; // characters of the page's sentence shown either side of the figure
  const BLOCK = "p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, figcaption, blockquote";
  const SENTENCE_MARK = "fact-sentence";
  const pageLanguage = document.documentElement.lang;
  let shown = null; // { figure, box, kind: "tooltip" | "dialog" }
  let refocusing = false; // focus handed back on closing: no tooltip for it

  /* The text nodes of `root` that a reader sees (in `language` only, where one is given), with
     one space for each run of spaces, and where each character of that text lies in the page. */
  function readable(root, language) {
    const shown = node => !node.parentElement.closest(".headerlink, .fact-popover, script")
      && (!language || node.parentElement.closest("[lang]")?.lang === language);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: node => shown(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
    });
    let text = "";
    const where = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < node.data.length; offset++) {
        const character = /\s/.test(node.data[offset]) ? " " : node.data[offset];
        if (character === " " && text.endsWith(" ")) continue;
        text += character;
        where.push([node, offset]);
      }
    }
    return { text, where };
  }

  const squeezed = text => text.replace(/\s+/g, " ").trim();

  /* The page's sentence the figure stands in, cut to a few words either side of it. */
  function sentenceHere(figure) {
    const block = figure.closest(BLOCK);
    if (!block) return "";
    const { text, where } = readable(block, pageLanguage);
    const at = where.findIndex(([node]) => figure.contains(node));
    if (at === -1) return "";
    const end = at + squeezed(figure.textContent).length;
    const sentences = new Intl.Segmenter(pageLanguage, { granularity: "sentence" }).segment(text);
    const { index, segment } = sentences.containing(at);
    let from = Math.max(index, at - REACH);
    let to = Math.min(index + segment.length, end + REACH);
    if (from > index) from = text.indexOf(" ", from) + 1 || at;
    if (to < index + segment.length) to = Math.max(end, text.lastIndexOf(" ", to));
    return `${from > index ? "… " : ""}${text.slice(from, to).trim()}${
      to < index + segment.length ? " …" : ""}`;
  }

  /* The publisher's sentence on this page: a range of the page's text, the one around the
     figure if it stands in it, else the first; null where the page does not hold it. */
  function sentenceRange(figure) {
    const quote = squeezed(figure.dataset.quote || "");
    const article = document.querySelector("article") || document.body;
    if (!quote) return null;
    const { text, where } = readable(article);
    let found = null;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      const range = document.createRange();
      range.setStart(...where[at]);
      const [node, offset] = where[at + quote.length - 1];
      range.setEnd(node, offset + 1);
      if (!found || range.intersectsNode(figure)) found = range;
      if (range.intersectsNode(figure)) break;
    }
    return found;
  }

  /* Mark the figure's sentence (the figure's own block where the page does not hold the
     sentence word for word, or holds it only folded away: the English original under a
     paragraph of the site's translation, one tap away there) and bring it into view. */
  function markSentence(figure) {
    let range = sentenceRange(figure);
    const folded = range && !range.intersectsNode(figure)
      && range.startContainer.parentElement?.closest("details:not([open])");
    if (!range || folded) {
      range = document.createRange();
      range.selectNodeContents(figure.closest(BLOCK) || figure);
    }
    if (window.Highlight && CSS.highlights) {
      CSS.highlights.set(SENTENCE_MARK, new Highlight(range));
    }
    const where = range.getBoundingClientRect();
    if (where.height > window.innerHeight) {  // a long paragraph: its figure in view
      figure.scrollIntoView({ block: "center" });
    } else {
      window.scrollBy({ top: where.top - Math.max(0, (window.innerHeight - where.height) / 2) });
    }
    return range;
  }

  const samePage = address => {
    const url = new URL(address, location.href);
    return url.origin === location.origin && url.pathname === location.pathname;
  };

  function build(figure, kind) {
    const template = document.getElementById("fact-popover");
    const box = template.content.firstElementChild.cloneNode(true);
    box.id = BOX_ID;
    box.querySelector(".fact-popover__label").textContent = figure.dataset.label || "";
    const quote = box.querySelector(".fact-popover__quote");
    quote.textContent = figure.dataset.quote || "";
    quote.lang = figure.dataset.quoteLang || "";
    const textLanguage = figure.closest("[lang]")?.lang;
    const here = quote.lang !== pageLanguage && textLanguage === pageLanguage
      ? sentenceHere(figure) : "";
    const hereBox = box.querySelector(".fact-popover__here");
    if (here) hereBox.textContent = here;
    else hereBox.remove();
    for (const note of box.querySelectorAll(".fact-popover__original")) {
      if (quote.lang === pageLanguage || note.dataset.in !== figure.dataset.in) note.remove();
    }
    if (kind === "tooltip") {
      box.setAttribute("role", "tooltip");
      box.querySelector(".fact-popover__links").remove();
      box.querySelector(".fact-popover__close").remove();
      return box;
    }
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", figure.dataset.label || "");
    box.tabIndex = -1;
    for (const item of box.querySelectorAll("li[data-in]")) {
      if (item.dataset.in !== figure.dataset.in) item.remove();
    }
    const statement = box.querySelector('a[data-to="statement"]');
    statement.href = figure.href;
    if (samePage(figure.href)) {
      statement.addEventListener("click", event => {
        event.preventDefault();
        close(false);
        markSentence(figure);
        refocusing = true;
        figure.focus({ preventScroll: true });
        refocusing = false;
      });
    }
    box.querySelector('a[data-to="entry"]').href = new URL(figure.dataset.entry, location.href);
    box.querySelector(".fact-popover__close").addEventListener("click", () => close(true));
    return box;
  }

  /* Below the figure, or above it where there is no room below; kept on the screen. The
     box lives in <main> (a landmark, outside the article's typesetting), placed against
     whatever it is positioned in. */
  function place(box, figure) {
    const around = figure.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = Math.max(GAP, Math.min(around.left, width - box.offsetWidth - GAP));
    const below = around.bottom + GAP;
    const fitsBelow = below + box.offsetHeight <= window.innerHeight;
    const top = fitsBelow || around.top < box.offsetHeight + GAP
      ? below
      : around.top - box.offsetHeight - GAP;
    const origin = box.offsetParent
      ? box.offsetParent.getBoundingClientRect()
      : new DOMRect(-window.scrollX, -window.scrollY);
    box.style.left = `${left - origin.left}px`;
    box.style.top = `${top - origin.top}px`;
  }

  function show(figure, kind) {
    if (shown && shown.figure === figure && shown.kind === kind) return;
    close(false);
    const box = build(figure, kind);
    (document.querySelector("main") || document.body).append(box);
    place(box, figure);
    shown = { figure, box, kind };
    if (kind === "tooltip") {
      figure.setAttribute("aria-describedby", BOX_ID);
    } else {
      figure.setAttribute("aria-expanded", "true");
      box.focus();
    }
  }

  function close(returnFocus) {
    if (!shown) return;
    const { figure, box, kind } = shown;
    shown = null;
    box.remove();
    figure.removeAttribute("aria-describedby");
    figure.removeAttribute("aria-expanded");
    if (kind === "dialog" && returnFocus) {
      refocusing = true;
      figure.focus();
      refocusing = false;
    }
  }

  const figureOf = (event) =>
    event.target instanceof Element ? event.target.closest("a.fact") : null;

  document.addEventListener("pointerdown", (event) => {
    if (shown && !shown.box.contains(event.target) && figureOf(event) !== shown.figure) {
      close(false);
    }
  }, true);

  /* A click, a tap or Enter opens the box; a click asking for a new tab or window keeps
     its meaning. */
  document.addEventListener("click", (event) => {
    const figure = figureOf(event);
    if (!figure || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    show(figure, "dialog");
  });

  document.addEventListener("pointerover", (event) => {
    const figure = figureOf(event);
    if (figure && event.pointerType === "mouse" && !(shown && shown.kind === "dialog")) {
      show(figure, "tooltip");
    }
  });

  document.addEventListener("pointerout", (event) => {
    const figure = figureOf(event);
    if (figure && shown && shown.kind === "tooltip" && shown.figure === figure
        && !figure.contains(event.relatedTarget)) {
      close(false);
    }
  });

  document.addEventListener("focusin", (event) => {
    const figure = figureOf(event);
    if (refocusing) return;
    if (figure && !(shown && shown.kind === "dialog" && shown.figure === figure)) {
      show(figure, "tooltip");
    } else if (shown && shown.kind === "tooltip" && !figure) {
      close(false);
    }
  });

  document.addEventListener("focusout", (event) => {
    if (shown && shown.kind === "tooltip" && figureOf(event) === shown.figure) close(false);
    if (shown && shown.kind === "dialog" && shown.box.contains(event.target)
        && event.relatedTarget && !shown.box.contains(event.relatedTarget)) {
      close(false);
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && shown) close(true);
  });

  /* Arriving at a figure from another page (`#fact-…`): mark the sentence that states it. */
  function markTarget() {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const figure = target && target.matches("data[data-fact]") ? target.closest("a.fact") : null;
    if (figure) markSentence(figure);
  }
  window.addEventListener("hashchange", markTarget);
  /* After the browser's own scroll to the #fragment, which would take the reader to the figure
     (in a headline, say) rather than to its sentence. */
  if (document.readyState === "complete") markTarget();
  else window.addEventListener("load", () => requestAnimationFrame(markTarget), { once: true });
})();
