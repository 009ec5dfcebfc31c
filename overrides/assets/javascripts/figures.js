/*
 * A figure answers in place. Hover or keyboard focus shows a small box with what the figure
 * counts and the sentence that states it; a tap opens the same box with links to that
 * sentence and to the figure's entry on the facts page, instead of leaving the page. Escape,
 * the close button or a tap elsewhere closes it.
 *
 * The box is the page's <template id="fact-popover"> (hooks/interface.py), in the page's
 * language. Label and sentence come from the link's data attributes and are set with
 * textContent only: they are shown as text, whatever characters they hold.
 */
(() => {
  "use strict";

  const BOX_ID = "fact-popover-box";
  const GAP = 6;
  let shown = null; // { figure, box, kind: "tooltip" | "dialog" }
  let lastPointer = "mouse";
  let refocusing = false; // focus handed back on closing: no tooltip for it

  function build(figure, kind) {
    const template = document.getElementById("fact-popover");
    const box = template.content.firstElementChild.cloneNode(true);
    box.id = BOX_ID;
    box.querySelector(".fact-popover__label").textContent = figure.dataset.label || "";
    const quote = box.querySelector(".fact-popover__quote");
    quote.textContent = figure.dataset.quote || "";
    quote.lang = figure.dataset.quoteLang || "";
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
    box.querySelector('a[data-to="statement"]').href = figure.href;
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
    lastPointer = event.pointerType || "mouse";
    if (shown && !shown.box.contains(event.target) && figureOf(event) !== shown.figure) {
      close(false);
    }
  }, true);

  document.addEventListener("click", (event) => {
    const figure = figureOf(event);
    const touch = (event.pointerType || lastPointer) === "touch";
    if (!figure || !touch) return;
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
})();
