/* scorebake search: runs in the browser over window.scorebakeIndex (search/index.js), from file:// too. */
(function () {
  "use strict";
  var index = window.scorebakeIndex || [];
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) { return; }

  function norm(s) { return (s || "").normalize("NFC").toLocaleLowerCase("nb"); }

  function search(query) {
    var terms = norm(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    list.textContent = "";
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = [];
    index.forEach(function (e) {
      var name = norm(e.n), all = name + " " + norm(e.c);
      if (terms.every(function (t) { return all.indexOf(t) >= 0; })) {
        var score = terms.every(function (t) { return name.indexOf(t) >= 0; }) ? 0 : 1;
        hits.push({ e: e, score: score });
      }
    });
    hits.sort(function (a, b) { return a.score - b.score; });
    hits.slice(0, 100).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = h.e.h;
      a.textContent = h.e.n;
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = h.e.k + " · " + h.e.c;
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? status.getAttribute("data-none")
      : hits.length === 1 ? status.getAttribute("data-hit")
      : status.getAttribute("data-hits").replace("{0}", String(hits.length));
  }

  var params = new URLSearchParams(window.location.search);
  var q = params.get("q") || "";
  input.value = q;
  search(q);
  input.addEventListener("input", function () { search(input.value); });
}());
