// Conveniences on top of server-rendered pages; everything works without this file.
document.addEventListener("keydown", (event) => {
  // "/" focuses the search box, as on most search sites.
  const box = document.getElementById("q");
  if (event.key === "/" && box && document.activeElement !== box && !event.target.closest("input, textarea, select, .CodeMirror")) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});

// Filter selects on browse pages apply on change (the Apply button stays for use without JavaScript).
document.querySelectorAll("form.filters select").forEach((select) => {
  select.addEventListener("change", () => select.form.submit());
});
