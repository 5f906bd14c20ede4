/* The edition's search, loaded on first use by assets/search.js (which opens the dialog
   and lends what it shares: window.edSearch). What a query means:
   - "words in quotes" must occur together, in that order;
   - every word is found in its other forms (Porter's stemmer: cooperate, cooperation);
   - places holding all the words come first, then places holding some;
   - a word the texts do not have is matched to the nearest one they have (one or two
     letters off), and the search offers the corrected query ("Did you mean").
   Typing is never queued: each keystroke cancels the search still waiting. */
(function () {
  "use strict";
  var shared = window.edSearch, root = shared.root, base = shared.base, load = shared.load;
  var fold = shared.fold, stem = shared.stem;
  var dirUrls = root.getAttribute("data-dir-urls") === "true";
  var dialog = root.querySelector(".ed-search__dialog");
  var input = root.querySelector(".ed-search__input");
  var meta = root.querySelector(".ed-search__meta");
  var list = root.querySelector(".ed-search__list");
  var SPLIT = /[\s\-‐‑–—,:;!?()\[\]{}"“”‘’'\/]+|\.(?!\d)/;
  var PAGE = 30;  // results shown at once; "Show more" shows the next
  var STOP = {a: 1, an: 1, and: 1, the: 1, of: 1, to: 1, "in": 1, on: 1, s: 1};
  var engine = null, loading = null, pending = 0, limit = PAGE;

  function ready() {
    loading = loading || load("index.js").then(function () { engine = build(window.edSearchIndex); }, function (err) {
      loading = null;  // tried again the next time the dialog opens or a key is pressed
      meta.textContent = "The search could not be loaded; close it and open it again to retry.";
      throw err;
    });
    return loading;
  }
  function words(s) { return fold(s).split(SPLIT).filter(Boolean); }

  function build(data) {
    var postings = new Map(), forms = new Map(), docs = data.places;
    docs.forEach(function (d, i) {
      if (!d[3].trim()) return;  // a heading with no text of its own is no place to land on
      [d[2], d[3]].forEach(function (text, field) {
        words(text).forEach(function (w) {
          var s = stem(w), p = postings.get(s);
          if (!p) postings.set(s, p = new Map());
          p.set(i, (p.get(i) || 0) + (field === 0 ? 8 : 1));  // a word in the title counts as eight
          if (!forms.has(w)) forms.set(w, s);
        });
      });
    });
    return {pages: data.pages, docs: docs, postings: postings, forms: forms, stems: Array.from(postings.keys())};
  }

  // Optimal string alignment distance, given up when it passes max.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var low = i;
      for (j = 1; j <= b.length; j++) {
        var c = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) c = Math.min(c, prev2[j - 2] + 1);
        cur[j] = c;
        if (c < low) low = c;
      }
      if (low > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  // The stems a query word stands for, each with a weight: its own stem, longer stems it
  // begins (a word being typed, or another form: "hegemonic" for "hegemony"), or else the
  // nearest word of the texts.
  function expand(word, typing) {
    var e = engine, s = stem(word), found = new Map(), fix = null;
    if (e.postings.has(s)) found.set(s, 1);
    if ((typing && s.length >= 3) || s.length >= 5) {
      e.stems.forEach(function (t) { if (t !== s && t.lastIndexOf(s, 0) === 0) found.set(t, typing ? 0.7 : 0.5); });
    }
    if (!found.size && word.length >= 4 && !/\d/.test(word)) {
      var max = word.length >= 8 ? 2 : 1, best = max + 1;
      e.forms.forEach(function (t, w) {
        if (w[0] !== word[0]) return;  // a misspelling keeps its first letter: "Hong" is not "long"
        var d = distance(word, w, max);
        if (d < best || (d === best && fix && (e.postings.get(t).size > e.postings.get(e.forms.get(fix)).size))) {
          best = d; fix = w;
        }
      });
      if (fix) found.set(e.forms.get(fix), 0.4);
    }
    return {word: word, stems: found, fix: fix};
  }

  function parse(query) {
    var phrases = [], rest = query.replace(/["“”]([^"“”]+)["“”]?/g, function (_, p) {
      var w = words(p);
      if (w.length) phrases.push(w);
      return " " + p + " ";
    });
    var all = words(rest), typing = !/[\s"”]$/.test(query);
    var terms = all.filter(function (w, i) { return !STOP[w] || all.length === 1; });
    return {phrases: phrases, terms: terms.map(function (w, i) {
      return expand(w, typing && i === terms.length - 1 && w === all[all.length - 1]);
    })};
  }

  function hasPhrase(doc, phrase) {
    var w = words(doc[2] + " | " + doc[3]);
    outer: for (var i = 0; i + phrase.length <= w.length; i++) {
      for (var j = 0; j < phrase.length; j++) if (w[i + j] !== phrase[j]) continue outer;
      return true;
    }
    return false;
  }

  function run(query) {
    var e = engine, q = parse(query), scores = new Map(), n = e.docs.length;
    q.terms.forEach(function (term, k) {
      var best = new Map();
      term.stems.forEach(function (weight, s) {
        var p = e.postings.get(s), idf = Math.log(1 + n / p.size);
        p.forEach(function (tf, doc) {
          var v = weight * idf * (1 + Math.log(tf));
          if (v > (best.get(doc) || 0)) best.set(doc, v);
        });
      });
      best.forEach(function (v, doc) {
        var r = scores.get(doc) || {doc: doc, hits: 0, score: 0};
        r.hits += 1; r.score += v; scores.set(doc, r);
      });
    });
    var results = Array.from(scores.values());
    if (!q.terms.length) results = [];
    q.phrases.forEach(function (p) { results = results.filter(function (r) { return hasPhrase(e.docs[r.doc], p); }); });
    results.forEach(function (r) { r.score *= e.pages[e.docs[r.doc][0]][2]; });
    results.sort(function (a, b) { return b.hits - a.hits || b.score - a.score; });  // all the words first
    var fixed = q.terms.some(function (t) { return t.fix; }) ? query.replace(/[A-Za-z\u00C0-\u024F0-9]+/g, function (w) {
      var t = q.terms.filter(function (t) { return t.fix && t.word === fold(w); })[0];
      if (!t) return w;
      return w[0] === w[0].toUpperCase() ? t.fix[0].toUpperCase() + t.fix.slice(1) : t.fix;  // "Jinpng" -> "Jinping"
    }) : null;
    return {results: results, all: q.terms.length, fixed: fixed, stems: q.terms.reduce(function (acc, t) {
      return acc.concat(Array.from(t.stems.keys()));
    }, [])};
  }

  function href(page, id, stems) {
    var path = page === "index.md" ? "" : page.replace(/index\.md$/, "").replace(/\.md$/, dirUrls ? "/" : ".html");
    if (!dirUrls && (path === "" || /\/$/.test(path))) path += "index.html";
    return new URL(path + "?h=" + encodeURIComponent(stems.join(" ")) + "#" + id, base).href;
  }

  function snippet(text, stems) {
    var parts = text.split(/(\s+)/), at = -1, out = [];
    parts.forEach(function (w, i) {
      var match = stems.indexOf(stem(words(w)[0] || "")) >= 0;
      if (match && at < 0) at = i;
      out.push(match ? "<mark>" + esc(w) + "</mark>" : esc(w));
    });
    var from = Math.max(0, at - 24);
    return (from > 0 ? "… " : "") + out.slice(from, from + 80).join("") + (from + 80 < out.length ? " …" : "");
  }
  function esc(s) { return s.replace(/[&<>"]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }

  function show(query) {
    pending = 0;
    if (!query.trim()) { meta.textContent = "Type a word, several words, or a \"phrase in quotes\""; list.innerHTML = ""; return; }
    var r = run(query), shown = r.results.slice(0, limit), e = engine, html = "";
    shown.forEach(function (x) {
      var d = e.docs[x.doc], page = e.pages[d[0]];
      html += '<li class="ed-search__item"><a class="ed-search__link" href="' + esc(href(page[0], d[1], r.stems)) + '">' +
        '<span class="ed-search__title">' + esc(page[1]) + (d[2] && d[2] !== page[1] ? " › " + esc(d[2]) : "") + "</span>" +
        '<span class="ed-search__text">' + snippet(d[3], r.stems) + "</span>" +
        (x.hits < r.all ? '<span class="ed-search__some">some of the words</span>' : "") + "</a></li>";
    });
    var count = r.results.length;
    meta.innerHTML = (count === 0 ? "No matching documents" : count === 1 ? "1 matching document" : count + " matching documents") +
      (r.fixed ? ' · Did you mean <button type="button" class="ed-search__fix">' + esc(r.fixed) + "</button>?" : "");
    if (r.results.length > limit) {
      html += '<li class="ed-search__item"><button type="button" class="ed-search__more">Show ' +
        Math.min(PAGE, r.results.length - limit) + " more of " + r.results.length + "</button></li>";
    }
    list.innerHTML = html;
    meta.dataset.query = query;  // which query the list shows (read by the tests and the benchmark)
  }

  function schedule(more) {
    // The newest keystroke wins: a search still waiting is dropped for the new one.
    if (pending) cancelAnimationFrame(pending);
    limit = more === true ? limit + PAGE : PAGE;
    var query = input.value;
    pending = requestAnimationFrame(function () {
      if (engine) show(query);
      else ready().then(function () { if (input.value === query) show(query); });
    });
  }

  input.addEventListener("input", schedule);
  dialog.addEventListener("click", function (ev) {
    if (ev.target === dialog) dialog.close();  // a click on the backdrop
    if (ev.target.classList.contains("ed-search__fix")) { input.value = ev.target.textContent; input.focus(); schedule(); }
    if (ev.target.classList.contains("ed-search__more")) {
      var at = list.querySelectorAll("a").length;
      schedule(true);
      requestAnimationFrame(function () { requestAnimationFrame(function () {
        var next = list.querySelectorAll("a")[at];
        if (next) next.focus();  // the keyboard goes on where the list grew
      }); });
    }
  });
  dialog.addEventListener("keydown", function (ev) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a")), i = links.indexOf(document.activeElement);
    if (ev.key === "Escape") {  // at once, even with text in the box (a search box would clear it first)
      dialog.close();
      ev.preventDefault();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      var next = ev.key === "ArrowDown" ? i + 1 : i - 1;
      (next < 0 ? input : links[Math.min(next, links.length - 1)] || input).focus();
      ev.preventDefault();
    } else if (ev.key === "Enter" && document.activeElement === input) {
      if (links.length) location.href = links[0].href;
      ev.preventDefault();
    }
  });
  ready().then(function () { if (input.value) schedule(); });  // what was typed while this loaded
})();
