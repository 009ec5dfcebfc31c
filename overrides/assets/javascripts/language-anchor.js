// The language menu keeps the reader's place: both languages' pages give a section or a
// figure the same id, so the other language opens at the same #anchor. Material's own
// handler (which looks the page up in the sitemap) drops the anchor, so a link followed from
// a place in the page is followed here, before Material sees the click; the menu's links
// already lead to the same page in the other language.
window.addEventListener(
  "click",
  (event) => {
    const link = event.target.closest && event.target.closest(".md-select__link[hreflang]");
    if (!link || !location.hash || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    event.stopPropagation();
    const target = new URL(link.href);
    target.hash = location.hash;
    location.assign(target);
  },
  true,
);
