// Filters for the timeline page: by article and by kind of event.
// Progressive enhancement: without this script the full list is shown.
(function () {
  "use strict";

  function setUp() {
    var holder = document.querySelector(".ed-timeline-filters");
    if (!holder || holder.querySelector("form")) {
      return;
    }
    var form = document.createElement("form");
    form.setAttribute("aria-label", "Filter the timeline");

    function select(label, name, options) {
      var wrap = document.createElement("label");
      wrap.textContent = label + " ";
      var box = document.createElement("select");
      box.name = name;
      options.forEach(function (pair) {
        var option = document.createElement("option");
        option.value = pair[0];
        option.textContent = pair[1];
        box.appendChild(option);
      });
      wrap.appendChild(box);
      form.appendChild(wrap);
      return box;
    }

    var articles = [["", "All articles"]].concat(
      holder.dataset.articles.split(" ").filter(Boolean).map(function (item) {
        var cut = item.indexOf("=");
        return [item.slice(0, cut), item.slice(cut + 1).replace(/_/g, " ")];
      })
    );
    var kinds = [["", "All kinds"]].concat(
      holder.dataset.kinds.split(" ").map(function (k) { return [k, k]; })
    );
    var byArticle = select("Article:", "article", articles);
    var byKind = select("Kind:", "kind", kinds);
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    function apply() {
      var shown = 0;
      document.querySelectorAll("li.ed-event").forEach(function (event) {
        var inArticle = !byArticle.value ||
          event.dataset.articles.split(" ").indexOf(byArticle.value) >= 0;
        var ofKind = !byKind.value || event.dataset.kind === byKind.value;
        event.hidden = !(inArticle && ofKind);
        if (!event.hidden) { shown += 1; }
      });
      document.querySelectorAll("ol.ed-timeline").forEach(function (list) {
        var any = list.querySelector("li.ed-event:not([hidden])");
        list.hidden = !any;
        var heading = list.previousElementSibling;
        if (heading && /^H2$/.test(heading.tagName)) { heading.hidden = !any; }
      });
      status.textContent = shown + " events shown";
    }

    byArticle.addEventListener("change", apply);
    byKind.addEventListener("change", apply);
    holder.appendChild(form);
    holder.appendChild(status);
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);  // Material's page-load observable
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
