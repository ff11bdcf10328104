/*
 * Sorting of the comparison table in the page itself, a progressive extra: each KPI column's
 * sort control orders the sub-units best first, and a second press worst first. Without
 * JavaScript the same controls are links to the table sorted when the site was baked (current
 * period); on an earlier period's page the buttons are added here. Each cell's data-order is its
 * place in its column's ranking, so nothing here parses numbers.
 */
(function () {
  "use strict";
  var table = document.querySelector("table.compare");
  if (!table) {
    return;
  }
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);

  function sortBy(index, th, bestFirst) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var d = Number(a.cells[index].getAttribute("data-order")) - Number(b.cells[index].getAttribute("data-order"));
      return bestFirst ? d : -d;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    var best = th.getAttribute("data-best");
    th.setAttribute("aria-sort", bestFirst ? best : (best === "ascending" ? "descending" : "ascending"));
    th.setAttribute("data-sorted", bestFirst ? "best" : "worst");
  }

  headers.forEach(function (th, index) {
    if (!th.hasAttribute("data-kpi")) {
      return;
    }
    var control = th.querySelector("a.sort");
    if (!control) {
      control = document.createElement("button");
      control.type = "button";
      control.className = "sort";
      var arrow = document.createElement("span");
      arrow.setAttribute("aria-hidden", "true");
      arrow.textContent = "\u2193 ";
      var name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = th.getAttribute("data-sort-name");
      control.appendChild(arrow);
      control.appendChild(document.createTextNode(table.getAttribute("data-sort-word")));
      control.appendChild(name);
      th.appendChild(control);
    }
    control.addEventListener("click", function (event) {
      event.preventDefault();
      sortBy(index, th, th.getAttribute("data-sorted") !== "best");
    });
  });
}());
