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

// A search can take a moment (the first one loads the model): say so instead of looking stuck.
document.querySelectorAll("form.search").forEach((form) => {
  form.addEventListener("submit", () => {
    const button = form.querySelector("button");
    if (button) { button.disabled = true; button.textContent = "Searching…"; }
  });
});
window.addEventListener("pageshow", () => {  // back to a page kept in the history cache
  document.querySelectorAll("form.search button").forEach((button) => {
    button.disabled = false;
    button.textContent = "Search";
  });
});
