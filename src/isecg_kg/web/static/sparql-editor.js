// The SPARQL editor page: YASGUI (served from /static/vendor) on this server's endpoint, opening on
// the first example query, or on the query of a link such as /sparql#query=... (the search page's answers).
(function () {
  const config = JSON.parse(document.getElementById("sparql-config").textContent);
  const shared = new URLSearchParams(location.hash.slice(1)).get("query");
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    // This server's path, not base_iri: the page may be reached at another address.
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,   // always open on the examples, not on a stale query of another server
    yasqe: { value: config.examples[0] },
  });
  yasgui.getTab().setQuery(shared || config.examples[0]);
  document.querySelectorAll("[data-example]").forEach((button) => button.addEventListener("click", () => {
    yasgui.getTab().setQuery(config.examples[Number(button.dataset.example)]);
  }));
  window.isecgYasgui = yasgui;
})();
