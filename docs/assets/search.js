/* The edition's search, as much of it as a page needs before a reader searches: the
   keys (/ and s), the button, and the words of a query marked where a result lands.
   The rest (assets/search/ui.js: the engine, the results, the keys inside the dialog),
   the dialog's styles (assets/search/search.css), the stemmer and the index load on first
   use, as classic scripts and a stylesheet link, so that they also load from file://. The same on the MkDocs site, the Zensical site and the offline
   edition. */
(function () {
  "use strict";
  var root = document.querySelector("[data-ed-search]");
  if (!root) return;
  var me = document.currentScript;
  var base = new URL("..", me ? me.src : location.href);
  var dialog = root.querySelector(".ed-search__dialog");
  var input = root.querySelector(".ed-search__input");
  var loading = {};

  // Each file once, whoever asks first.
  function load(file) {
    loading[file] = loading[file] || new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = new URL("assets/search/" + file, base).href;
      s.onload = resolve;
      s.onerror = function () { delete loading[file]; reject(new Error("cannot load " + s.src)); };
      document.head.appendChild(s);
    });
    return loading[file];
  }
  function fold(s) { return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  // Words of three letters or fewer are kept whole: the stemmer makes "use" "us" and "one" "on".
  function stem(w) { return /^[a-z]{4,}$/.test(w) ? window.edStem(w) : w; }
  window.edSearch = {root: root, base: base, load: load, fold: fold, stem: stem};

  // The dialog's styles, once; until they are there the dialog is open but unseen.
  function styles() {
    if (document.querySelector("link.ed-search__styles")) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.className = "ed-search__styles";
    link.href = new URL("assets/search/search.css", base).href;
    document.head.appendChild(link);
  }

  // The dialog opens at once, so that no key typed is lost; its styles and script follow.
  function open() {
    styles();
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    load("stemmer.js").then(function () { return load("ui.js"); });
  }

  root.querySelector(".ed-search__open").addEventListener("click", open);
  var toggle = document.getElementById("__search");  // the generator's own search icon on a phone
  if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) { toggle.checked = false; open(); } });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target, typing = t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName);
    if (!typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey && (ev.key === "/" || ev.key === "s")) {
      ev.preventDefault();
      open();
    }
  });

  // Landing from a result: the words of the query marked in the place (assets/search/mark.js,
  // loaded only then).
  if (new URLSearchParams(location.search).get("h")) {
    load("stemmer.js").then(function () { return load("mark.js"); });
  }
})();
