/*
 * Optional companion of the fact-check card embed code: sizes each card's iframe to the card's height, which
 * the card posts with postMessage. Only messages from this script's own origin, from one of this page's
 * iframes, with a sane height, are used. Safe to include more than once.
 */
(function () {
  var me = document.currentScript;
  if (!me || !window.URL || !window.postMessage) return;
  var origin = new URL(me.src, location.href).origin;
  var flag = '__factcheckEmbed:' + origin;
  if (window[flag]) return;
  window[flag] = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'factcheck-card-height') return;
    var h = Number(d.height);
    if (!(h >= 50 && h <= 4000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + 'px';
    }
  });
})();
