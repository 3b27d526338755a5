// The neighbourhood picture on entity pages: cytoscape (served from /static/vendor) over the
// elements the server embedded in #graph-data. The focus node sits in the middle.
(function () {
  const box = document.getElementById("graph");
  const data = document.getElementById("graph-data");
  if (!box || !data || typeof cytoscape !== "function") return;
  const elements = JSON.parse(data.textContent);
  const crowded = elements.edges.length > 14;  // then links are named on hover only
  if (elements.nodes.length > 20) box.style.height = "34rem";
  const cy = cytoscape({
    container: box,
    elements: elements.nodes.concat(elements.edges),
    wheelSensitivity: 0.2,
    maxZoom: 1.8,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 110,
          "text-valign": "bottom", "text-margin-y": 4, "color": "#1c2330",
          "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1,
          "background-color": "#8cb8ff", "border-width": 1, "border-color": "#1f5fbf", "width": 14, "height": 14 } },
      { selector: "node[?focus]", style: {
          "background-color": "#1f5fbf", "width": 26, "height": 26, "font-weight": "bold", "font-size": 12 } },
      { selector: "edge", style: {
          "width": 1.2, "line-color": "#b3c2d8", "target-arrow-color": "#b3c2d8", "target-arrow-shape": "triangle",
          "curve-style": "bezier", "label": crowded ? "" : "data(label)", "font-size": 8, "color": "#5b6577",
          "text-background-color": "#fff", "text-background-opacity": 0.85,
          "text-background-padding": 1 } },
    ],
    layout: { name: "concentric", concentric: (n) => (n.data("focus") ? 2 : 1), levelWidth: () => 1,
              minNodeSpacing: elements.nodes.length > 12 ? 14 : 70, padding: 30, animate: false },
  });
  if (crowded) {
    cy.on("mouseover", "edge", (event) => event.target.style("label", event.target.data("label")));
    cy.on("mouseout", "edge", (event) => event.target.style("label", ""));
  }
  cy.on("mouseover", "node", (event) => { box.title = event.target.data("title") || event.target.data("label"); });
  cy.on("tap", "node", (event) => {
    if (!event.target.data("focus")) window.location.href = event.target.data("href");
  });
  box.dataset.nodes = String(cy.nodes().length);  // for tests and curious readers
  window.isecgGraph = cy;
})();
