/*! Pathways embed: paste one tag into a page and Pathways appears in an iframe, sized to its content.
 *
 *   <script src="https://PATHWAYS-HOST/embed.js" data-lang="fr" data-partner="your-name" data-accent="#8a1538" async></script>
 *
 * The iframe runs on Pathways' own origin: no answer about the child ever reaches the partner page.
 * The app sends the page only its height and three events, as DOM events on the script's parent:
 *   pathways:ready, pathways:resultShown (detail: [{pathway, verdict}]), pathways:restart.
 * It sends them only to this page's origin, and only if the Pathways host lists that origin in its
 * embed-partners.json. Messages are accepted only from the Pathways origin.
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var src = new URL(script.src, location.href);
  var origin = src.origin;
  var params = new URLSearchParams({ embed: '1' });
  var lang = script.getAttribute('data-lang');
  var partner = script.getAttribute('data-partner');
  var accent = script.getAttribute('data-accent');
  if (lang && /^[a-z]{2,3}$/.test(lang)) params.set('lang', lang);
  if (partner && /^[\w-]{1,40}$/.test(partner)) params.set('partner', partner);
  if (accent && /^#[0-9a-fA-F]{3,8}$/.test(accent)) params.set('accent', accent);
  // Where the app may send its messages: this page's origin (the browser delivers them only if
  // this really is the embedding page, and the app sends them only to listed partners).
  params.set('origin', location.origin);

  var frame = document.createElement('iframe');
  // The app lives beside embed.js (the site root, or any folder the host chose).
  frame.src = new URL('./', src).href + '?' + params.toString();
  frame.title = script.getAttribute('data-title') || 'Pathways: routes to family in the UK for a separated child';
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.style.cssText = 'width:100%;border:0;display:block;min-height:480px;height:640px;overflow:hidden';
  frame.setAttribute('scrolling', 'no');
  script.parentNode.insertBefore(frame, script.nextSibling);

  var host = script.parentNode;
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    var m = e.data;
    if (!m || m.type !== 'pathways') return;
    if (m.event === 'height' && typeof m.height === 'number' && m.height > 0 && m.height < 100000) {
      frame.style.height = Math.ceil(m.height) + 'px';
    } else if (m.event === 'ready' || m.event === 'restart') {
      host.dispatchEvent(new CustomEvent('pathways:' + m.event, { bubbles: true }));
    } else if (m.event === 'resultShown' && Array.isArray(m.pathways)) {
      var safe = m.pathways
        .filter(function (p) { return p && typeof p.pathway === 'string' && typeof p.verdict === 'string'; })
        .map(function (p) { return { pathway: p.pathway, verdict: p.verdict }; });
      host.dispatchEvent(new CustomEvent('pathways:resultShown', { bubbles: true, detail: safe }));
    }
  });
})();
