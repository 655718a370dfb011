/*
 * Optional companion of the fact-check card embed code: sizes each card's iframe to the card's height, which
 * the card posts with postMessage. Only messages from this script's own origin, from one of this page's
 * iframes, with a sane height, are used. Each card is asked for its height when its frame loads and when this
 * script runs (the card may have loaded first). Safe to include once per card.
 */
(function () {
  var me = document.currentScript;
  if (!me || !window.URL || !window.postMessage) return;
  var origin = new URL(me.src, location.href).origin;
  var flag = '__factcheckEmbed:' + origin;
  if (!window[flag]) {
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
  }
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'factcheck-card-measure' }, origin);
  }
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    if ((f.getAttribute('src') || '').indexOf(origin + '/') !== 0 || f[flag]) continue;
    f[flag] = true;
    ask(f);
    f.addEventListener('load', function (e) { ask(e.target); });
  }
})();
