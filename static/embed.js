/*! Pathways embed: paste one tag into a page and Pathways appears in an iframe, sized to its content.
 *
 *   <script src="https://PATHWAYS-HOST/embed.js" data-lang="fr" data-partner="your-name" data-accent="#8a1538" async></script>
 *
 * The iframe runs on Pathways' own origin: no answer about the child ever reaches the partner page.
 * The app sends the page only its height, Quick exit, and three events, as DOM events on the
 * script's parent: pathways:ready, pathways:resultShown (detail: [{pathway, verdict}]), pathways:restart.
 * (The messages are named in src/wire.rs, wire::embed.)
 * It sends them only to this page's origin, and only if the Pathways host lists that origin in its
 * embed-partners.json. Messages are accepted only from the Pathways origin.
 *
 * Quick exit (the app's button, Shift pressed three times in the app, or the Quick exit button this
 * script keeps in view whenever the app's own is scrolled out of sight) takes this whole page away:
 * the app wipes the case and says 'exit', and this page is replaced in history by the page named
 * in data-exit (an address of the partner's choosing), or else Pathways' neutral page ("New tab").
 * Back to this page in the same tab leaves for that page again.
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var src = new URL(script.src, location.href);
  var origin = src.origin;
  // After a Quick exit from this page: the tab's window.name (as boot.js does), and one entry in
  // this page's own session storage (this tab only; browsers clear window.name when the tab goes
  // to another site). Neither holds anything of the case.
  var EXITED = 'pathways-exited';
  var exitTo = new URL('neutral.html', src).href;
  try {
    var chosen = new URL(script.getAttribute('data-exit') || '', location.href);
    if (script.getAttribute('data-exit') && /^https?:$/.test(chosen.protocol)) exitTo = chosen.href;
  } catch (_) { /* not an address: the neutral page */ }
  var exited = false;
  function leave() {
    exited = true;
    window.name = EXITED;
    try { sessionStorage.setItem(EXITED, '1'); } catch (_) { /* storage may be blocked */ }
    document.title = 'New tab';
    // Nothing of this page stays on screen while the next one loads (the frame keeps running).
    document.documentElement.style.setProperty('display', 'none', 'important');
    location.replace(exitTo);
  }
  // Back (or Forward) to this page after a Quick exit in this tab: leave again at once.
  var navigation = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  var wasExited = window.name === EXITED;
  try { wasExited = wasExited || sessionStorage.getItem(EXITED) === '1'; } catch (_) { /* storage may be blocked */ }
  if (wasExited) {
    if (navigation && navigation.type === 'back_forward') { leave(); return; }
    // An ordinary visit: forget it.
    if (window.name === EXITED) window.name = '';
    try { sessionStorage.removeItem(EXITED); } catch (_) { /* storage may be blocked */ }
  }
  addEventListener('pageshow', function (e) { if (e.persisted && exited) leave(); });
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

  // The Quick exit button of this page, shown whenever the top of the frame (the app's header and
  // its own Quick exit) is not wholly in view: the frame is as tall as its content, so on a long
  // screen the app's button scrolls away. It asks the app to exit (the case is wiped in the frame
  // first); if the app does not answer at once, this page leaves anyway.
  var exit = document.createElement('button');
  exit.type = 'button';
  exit.textContent = script.getAttribute('data-exit-label') || 'Quick exit';
  exit.style.cssText = 'position:fixed;top:0;right:0;z-index:2147483647;margin:0;min-height:44px;min-width:44px;' +
    'padding:8px 16px;font:700 16px/1.25 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#fff;' +
    'background:#942514;border:2px solid #fff;border-radius:0;cursor:pointer;box-shadow:0 2px 4px rgba(0,0,0,.4)';
  exit.addEventListener('click', function () {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'pathways', event: 'exit' }, origin);
    setTimeout(leave, 400);
  });
  (document.body || document.documentElement).appendChild(exit);
  function showExit() {
    var r = frame.getBoundingClientRect();
    // The app's header is about 60 px tall, its Quick exit 8 px below the frame's top.
    var appsInView = r.top >= -4 && r.top + 60 <= window.innerHeight;
    // Through the CSSOM, not the hidden attribute, which a partner's own style could override.
    exit.style.setProperty('display', appsInView ? 'none' : 'block', 'important');
  }
  addEventListener('scroll', showExit, { passive: true });
  addEventListener('resize', showExit);
  showExit();

  var host = script.parentNode;
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    var m = e.data;
    if (!m || m.type !== 'pathways') return;
    if (m.event === 'height' && typeof m.height === 'number' && m.height > 0 && m.height < 100000) {
      frame.style.height = Math.ceil(m.height) + 'px';
      showExit();
    } else if (m.event === 'exit') {
      leave();
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
