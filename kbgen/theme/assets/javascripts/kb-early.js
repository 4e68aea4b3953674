/* kbgen: start the search worker while the page is still loading, not when Material's bundle
   runs at the end of <body>. Starting a worker and fetching its files (the worker script,
   lunr, the index's head) is most of the wait before the first result on a cold page; begun
   from <head>, it overlaps the page's own loading. The head is fetched here, beside the
   worker's script rather than after it (one round trip less), and handed to the worker as
   bytes (message "kb-head"; the worker, named so, waits for it and fetches it itself if the
   page could not). Material's `new Worker(url)` for the same script is then handed this
   worker, once. The worker speaks only when spoken to (SETUP, QUERY), so no message is lost
   before Material listens. From disk (file://) nothing is done here: the iframe-worker shim
   runs search. */
(function () {
  "use strict";
  var script = document.currentScript;
  var Real = window.Worker;
  if (!script || !Real || !/^https?:$/.test(location.protocol)) return;
  var url = new URL(script.getAttribute("data-kb-worker"), location.href).href;
  var head = script.getAttribute("data-kb-index");
  var early, started;
  try {
    started = early = new Real(url, head ? { name: "kb-head-from-page" } : undefined);
  } catch (error) {
    return;  /* Material starts its own, as before */
  }
  if (head) {
    fetch(new URL(head, location.href).href)
      .then(function (response) { return response.ok ? response.arrayBuffer() : null; })
      .catch(function () { return null; })
      .then(function (bytes) {
        started.postMessage({ type: "kb-head", data: bytes }, bytes ? [bytes] : []);
      });
  }
  function Worker(asked, options) {
    if (early && new URL(asked, location.href).href === url) {
      var handed = early;
      early = null;
      return handed;
    }
    return new Real(asked, options);
  }
  Worker.prototype = Real.prototype;
  window.Worker = Worker;
})();
