/*
 * The way on from a month's page, a progressive extra. A month's scorecard or comparison
 * (<unit>/<month>/index.html, compare.html) holds nothing that depends on later months, so it
 * keeps its bytes when they arrive: its nav.periods offers the previous month, the period
 * overview and the current page, and names its month in data-period. The bake writes the site's
 * months, oldest first, to data/periods.js (window.scorebakePeriods), which this script loads
 * with a script element beside its own address (a fetch is refused on file://; one script tag
 * per page rather than two, on the page a site has most of). When the page's month is not the
 * last, it adds the link to the next month and the note that the month shown is an earlier one,
 * with a link to the current page. The next month's page is the current page's link with the
 * month's folder put before the file name ("../index.html" -> "../2006-05/index.html").
 */
(function () {
  "use strict";
  var nav = document.querySelector("nav.periods[data-period]");
  var current = nav && nav.querySelector("a.current");
  var self = document.currentScript;
  if (!current || !self) {
    return;
  }

  function show(site) {
    var at = -1;
    site.months.forEach(function (m, i) {
      if (m[0] === nav.getAttribute("data-period")) {
        at = i;
      }
    });
    if (at < 0 || at === site.months.length - 1) {
      return;
    }
    var next = site.months[at + 1];
    var before = nav.querySelector("p");

    var link = document.createElement("a");
    link.className = "next";
    link.href = current.getAttribute("href").replace(/[^\/]*$/, next[0] + "/$&");
    link.textContent = next[1] + " \u2192";
    nav.insertBefore(link, before);

    var notice = document.createElement("p");
    notice.className = "notice";
    notice.appendChild(document.createTextNode(site.earlier + " "));
    var back = document.createElement("a");
    back.href = current.getAttribute("href");
    back.textContent = site.toCurrent;
    notice.appendChild(back);
    nav.insertBefore(notice, before);
  }

  var src = self.getAttribute("src").replace(/assets\/periods\.js$/, "data/periods.js");
  if (src === self.getAttribute("src")) {
    return;
  }
  var data = document.createElement("script");
  data.src = src;
  data.onload = function () {
    if (window.scorebakePeriods) {
      show(window.scorebakePeriods);
    }
  };
  document.body.appendChild(data);
}());
