// Factlens iframe embed, for host pages: sizes every <iframe data-factlens> to its content (so there is
// no inner scrollbar) and, with data-sync-url, keeps its view in this page's URL hash (#factlens=...),
// so a deep link into the embedded explorer works. Works with sandbox="allow-scripts allow-popups".
(() => {
  const MIN = 80;
  const MAX = 20000;
  const KEY = 'factlens=';
  const frames = () => [...document.querySelectorAll('iframe[data-factlens]')];

  function hostView() {
    const part = location.hash.slice(1).split('&').find((p) => p.startsWith(KEY));
    try { return part ? decodeURIComponent(part.slice(KEY.length)) : null; } catch { return null; }
  }

  // A deep link into the host page opens that view in the synced iframe.
  function applyHostView() {
    const view = hostView();
    for (const frame of frames()) {
      if (!frame.hasAttribute('data-sync-url') || view === null) continue;
      const url = new URL(frame.getAttribute('src'), location.href);
      if (url.hash.slice(1) !== view) {
        url.hash = view;
        frame.src = url.href;
      }
    }
  }

  addEventListener('message', (event) => {
    // only the frames this script manages, identified by their window, not by a claimed origin
    const frame = frames().find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || typeof data !== 'object' || data === null) return;
    if (data.type === 'factlens:height') {
      const h = data.height;
      if (typeof h === 'number' && Number.isFinite(h) && h >= MIN && h <= MAX) frame.style.height = `${Math.ceil(h)}px`;
    } else if (data.type === 'factlens:view' && frame.hasAttribute('data-sync-url')) {
      if (typeof data.hash !== 'string' || data.hash.length > 4096) return;
      const others = location.hash.slice(1).split('&').filter((p) => p && !p.startsWith(KEY));
      const next = data.hash ? [...others, KEY + encodeURIComponent(data.hash)] : others;
      const hash = next.length ? `#${next.join('&')}` : '';
      if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', applyHostView);
  else applyHostView();
  addEventListener('hashchange', applyHostView);
})();
