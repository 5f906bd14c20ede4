/* The words of a query marked where a search result lands (?h= in the address): in the
   paragraph, or in the whole entry, event or section a heading result stands for. Loaded by
   assets/search.js only on such a landing, after the stemmer. */
(function () {
  "use strict";
  var shared = window.edSearch, fold = shared.fold, stem = shared.stem;
  var h = new URLSearchParams(location.search).get("h");
  var stems = h.split(" ").filter(Boolean);
  var target = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) ||
    document.querySelector(".md-content");
  if (!target) return;
  // A heading stands for its section: a timeline event (its list item), or what follows
  // it up to the next heading of its rank (a glossary entry, a section of a page).
  var places = [target];
  if (/^H[1-6]$/.test(target.tagName)) {
    var item = target.closest("li"), rank = +target.tagName[1];
    if (item) places = [item];
    else for (var n = target.nextElementSibling; n && !(/^H[1-6]$/.test(n.tagName) && +n.tagName[1] <= rank); n = n.nextElementSibling) places.push(n);
  }
  var nodes = [];
  places.forEach(function (place) {
    var walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
  });
  nodes.forEach(function (node) {
    if (node.parentElement.closest(".ed-apparatus, mark, script, style")) return;
    var parts = node.data.split(/([A-Za-z\u00C0-\u024F0-9+]+)/);
    if (!parts.some(function (p, i) { return i % 2 && stems.indexOf(stem(fold(p))) >= 0; })) return;
    var frag = document.createDocumentFragment();
    parts.forEach(function (p, i) {
      if (i % 2 && stems.indexOf(stem(fold(p))) >= 0) {
        var m = document.createElement("mark"); m.textContent = p; frag.appendChild(m);
      } else if (p) frag.appendChild(document.createTextNode(p));
    });
    node.parentNode.replaceChild(frag, node);
  });
})();
