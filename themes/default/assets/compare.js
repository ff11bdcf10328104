/*
 * Sorting of the comparison table in the page itself, a progressive extra: a sort button added
 * to each KPI column orders the sub-units best first, and a second press worst first. Without
 * JavaScript a column's order is its ranking page, which the column heading links to (current
 * period). Each cell's data-order is its place in its column's ranking, so nothing here parses
 * numbers; a cell without one (a sub-unit without the KPI) goes last either way. The button's
 * hidden name is the table's data-sort-name with the column's name for {0}.
 */
(function () {
  "use strict";
  var table = document.querySelector("table.compare");
  if (!table) {
    return;
  }
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);

  // A sub-unit without the KPI has no place in the column's ranking, so no data-order.
  function order(cell) {
    return cell.hasAttribute("data-order") ? Number(cell.getAttribute("data-order")) : null;
  }

  function sortBy(index, th, bestFirst) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = order(a.cells[index]);
      var y = order(b.cells[index]);
      if (x === null || y === null) {
        return (x === null) - (y === null);
      }
      return bestFirst ? x - y : y - x;
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
    var control = document.createElement("button");
    control.type = "button";
    control.className = "sort";
    var arrow = document.createElement("span");
    arrow.setAttribute("aria-hidden", "true");
    arrow.textContent = "\u2193 ";
    var name = document.createElement("span");
    name.className = "visually-hidden";
    name.textContent = table.getAttribute("data-sort-name").replace("{0}", th.firstChild.textContent);
    control.appendChild(arrow);
    control.appendChild(document.createTextNode(table.getAttribute("data-sort-word")));
    control.appendChild(name);
    th.appendChild(control);
    control.addEventListener("click", function () {
      sortBy(index, th, th.getAttribute("data-sorted") !== "best");
    });
  });
}());
