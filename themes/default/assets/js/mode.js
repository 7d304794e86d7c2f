/* 长者模式: the reader's choice, remembered in this browser. Loaded in <head> without defer, so the class on <html>
   and css/elder.css (render-blocking) are there before the first paint; shows the header's switch. */
(function () {
  "use strict";
  var KEY = "gongkai-elder-mode", root = document.documentElement, on = false, css = null;
  var here = document.currentScript && document.currentScript.src;
  function stored() {
    try { return localStorage.getItem(KEY) === "on"; } catch (e) { return false; } // storage blocked
  }
  function show(value) {
    on = value;
    root.classList[on ? "add" : "remove"]("elder");
    if (on && !css && here) {
      css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = new URL("../css/elder.css", here).href;
      css.setAttribute("blocking", "render");
      document.head.appendChild(css);
    }
    var buttons = document.querySelectorAll(".mode-switch");
    for (var i = 0; i < buttons.length; i++) { buttons[i].setAttribute("aria-pressed", String(on)); }
  }
  show(stored());
  document.addEventListener("DOMContentLoaded", function () {
    show(on); // aria-pressed before the switch is shown
    var buttons = document.querySelectorAll(".mode-switch");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () {
        show(!on);
        try { if (on) { localStorage.setItem(KEY, "on"); } else { localStorage.removeItem(KEY); } } catch (e) { }
      });
    }
  });
  // the choice made in another tab, or on a page the back button brings back from the cache
  addEventListener("storage", function (event) { if (event.key === KEY) { show(stored()); } });
  addEventListener("pageshow", function () { show(stored()); });
})();
