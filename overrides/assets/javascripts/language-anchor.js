// The language menu keeps the reader's place: both languages' pages give a section or a
// figure the same id, so the other language opens at the same #anchor.
document.addEventListener("click", (event) => {
  const link = event.target.closest(".md-select__link[hreflang]");
  if (link && location.hash) link.hash = location.hash;
});
