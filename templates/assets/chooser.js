// The language chooser at the site's root. Without JavaScript it is a list of links. With it, a
// visitor's first visit goes straight to the language their browser prefers; every later visit
// shows the list, so the choice can always be changed.
(function () {
  "use strict";
  var key = "codesite-chooser-seen";
  try {
    if (window.localStorage.getItem(key)) {
      return;
    }
    window.localStorage.setItem(key, "1");
  } catch (e) {
    // No storage (a private window, some file:// setups): never redirect, or a visitor
    // could not reach this list at all.
    return;
  }
  var links = Array.prototype.slice.call(document.querySelectorAll("a[hreflang]"));
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  function base(tag) {
    return String(tag).toLowerCase().split("-")[0];
  }
  // An exact tag first ("pt-BR"), then the same language ("tr-TR" for "tr"), in the
  // browser's order of preference.
  for (var i = 0; i < wanted.length; i++) {
    var tag = String(wanted[i]).toLowerCase();
    var pick = links.filter(function (a) { return a.hreflang.toLowerCase() === tag; })[0] ||
      links.filter(function (a) { return base(a.hreflang) === base(tag); })[0];
    if (pick) {
      window.location.replace(pick.href);
      return;
    }
  }
})();
