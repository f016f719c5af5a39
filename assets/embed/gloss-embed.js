/*! gloss-embed.js: keeps embedded Gloss articles as tall as their content.
 * SPDX-License-Identifier: MIT OR Apache-2.0
 *
 * Add it once to a page with Gloss iframes (docs/embedding.md):
 *
 *   <iframe src="https://example.org/gloss/?article=ID&amp;embed=1" title="…"
 *           width="100%" height="800" loading="lazy" data-gloss-embed></iframe>
 *   <script src="https://example.org/gloss/embed/gloss-embed.js" async></script>
 *
 * An embedded Gloss posts {type: "gloss:height", height: <CSS px>} to its
 * parent on load and whenever its height changes. This script sets the
 * height of the iframe that sent it, if the message really comes from that
 * iframe's window and origin. On start it asks every iframe marked
 * data-gloss-embed to report again ({type: "gloss:measure"}), in case they
 * loaded before this script. It does nothing else: no cookies, no requests.
 */
(function () {
  'use strict';
  if (typeof window === 'undefined' || !window.postMessage || window.__glossEmbed) return;
  window.__glossEmbed = true;

  var MAX_HEIGHT = 100000;

  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'gloss:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = frameFor(event.source);
    if (!frame || originOf(frame.src) !== event.origin) return;
    var px = Math.ceil(height) + 'px';
    if (frame.style.height !== px) frame.style.height = px;
  });

  function measureAll() {
    var frames = document.querySelectorAll('iframe[data-gloss-embed]');
    for (var i = 0; i < frames.length; i++) {
      // '*': the frame may still be about:blank; the message carries nothing.
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'gloss:measure' }, '*');
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', measureAll);
  } else {
    measureAll();
  }
})();
