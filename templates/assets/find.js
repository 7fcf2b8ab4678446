// Find and compare on a catalog index. A classic script with no imports and no fetch(), so it
// runs from file:// as well as from a host; without it the page lists every code as before.
(function () {
  "use strict";
  var data = window.codesiteFind;
  var tools = document.getElementById("tools");
  if (!data || !tools) {
    return;
  }
  var lang = document.documentElement.lang || "en";

  // Folds text so that what a reader types matches however the page writes it, in every
  // script of the site: case (Turkish dotted and dotless i alike), Latin accents and
  // Vietnamese tone marks, Arabic vowel signs and letter variants, and native digits.
  // Devanagari vowel signs are letters, not accents, and stay.
  function fold(s) {
    var t = s.toLocaleLowerCase(lang).normalize("NFKD");
    t = t.replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "");
    t = t.replace(/\u0131/g, "i").replace(/\u0111/g, "d");
    t = t.replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647");
    t = t.replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x660); });
    t = t.replace(/[\u06f0-\u06f9]/g, function (d) { return String(d.charCodeAt(0) - 0x6f0); });
    t = t.replace(/[\u0966-\u096f]/g, function (d) { return String(d.charCodeAt(0) - 0x966); });
    return t.replace(/[\u2066-\u2069\u200e\u200f]/g, "");
  }

  // Each code: [code, URL segment, name, description].
  var items = data.codes.map(function (c) {
    return {
      code: c[0].toLowerCase(),
      text: fold(c[2] + " " + c[3]),
      li: document.getElementById("c-" + c[1])
    };
  });
  var input = document.getElementById("find");
  var status = document.getElementById("find-status");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.group"));

  function filter() {
    var query = fold(input.value).trim();
    // What starts with a digit finds codes by their start ("55" keeps 550 to 556, "5.7"
    // keeps 5.7.0 to 5.7.30); anything else searches the names and descriptions, word by word.
    var byCode = /^[0-9][0-9a-z.\-]*$/.test(query);
    var terms = query.split(/[\s,.;:!?()"'«»“”،؛]+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var ok = query === "" || (byCode ? item.code.indexOf(query) === 0 : terms.every(function (t) {
        return item.text.indexOf(t) !== -1;
      }));
      if (item.li) {
        item.li.hidden = !ok;
      }
      shown += ok ? 1 : 0;
    });
    sections.forEach(function (s) {
      s.hidden = s.querySelector("ul.codes > li:not([hidden])") === null;
    });
    if (query === "") {
      status.textContent = "";
    } else {
      status.textContent = shown === 0 ? data.none : data.counts[shown - 1];
    }
  }
  input.addEventListener("input", filter);

  var form = document.getElementById("compare");
  var first = document.getElementById("compare-a");
  var second = document.getElementById("compare-b");
  var compareStatus = document.getElementById("compare-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var a = first.selectedIndex;
    var b = second.selectedIndex;
    if (a === b) {
      compareStatus.textContent = data.same;
      return;
    }
    // Pair pages name the code that comes first in the catalog first.
    var lo = first.options[Math.min(a, b)].value;
    var hi = first.options[Math.max(a, b)].value;
    window.location.href = form.getAttribute("data-pair").replace("{a}", lo).replace("{b}", hi);
  });

  tools.hidden = false;
  if (input.value) {
    filter();
  }
})();
