// Factlens iframe embed, for host pages: sizes every <iframe data-factlens> to its content (so there is
// no inner scrollbar) and, with data-sync-url, keeps its view in this page's URL hash (#factlens=...),
// so a deep link into the embedded explorer works. A frame taller than data-max-height (default 20,000
// px) is held at that height and scrolls inside instead.
(() => {
  const MIN = 80;
  const MAX = 20000;
  const KEY = 'factlens=';
  const frames = () => [...document.querySelectorAll('iframe[data-factlens]')];

  function hostView() {
    const part = location.hash.slice(1).split('&').find((p) => p.startsWith(KEY));
    try { return part ? decodeURIComponent(part.slice(KEY.length)) : null; } catch { return null; }
  }

  // A deep link into the host page opens that view in the synced iframe: the explorer says it is
  // ready, and is answered with the view; until then its own (default) view does not overwrite ours.
  const answered = new WeakSet();
  function sendHostView(frame) {
    const view = hostView();
    if (view !== null) frame.contentWindow?.postMessage({ type: 'factlens:set-view', hash: view }, '*');
  }

  addEventListener('message', (event) => {
    // only the frames this script manages, identified by their window, not by a claimed origin
    const frame = frames().find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || typeof data !== 'object' || data === null) return;
    if (data.type === 'factlens:ready') {
      if (frame.hasAttribute('data-sync-url')) sendHostView(frame);
      answered.add(frame);
    } else if (data.type === 'factlens:height') {
      const h = data.height;
      if (typeof h !== 'number' || !Number.isFinite(h) || h < 0) return;
      const max = Math.max(MIN, Number(frame.dataset.maxHeight) || MAX);
      frame.style.height = `${Math.ceil(Math.min(Math.max(h, MIN), max))}px`;
      // content past the cap stays reachable: the frame scrolls inside while it is held
      const scroll = h > max;
      if (scroll !== (frame.dataset.factlensScrolls === '1')) {
        frame.dataset.factlensScrolls = scroll ? '1' : '0';
        frame.contentWindow?.postMessage({ type: 'factlens:scroll', on: scroll }, '*');
      }
    } else if (data.type === 'factlens:view' && frame.hasAttribute('data-sync-url') && answered.has(frame)) {
      if (typeof data.hash !== 'string' || data.hash.length > 4096) return;
      const others = location.hash.slice(1).split('&').filter((p) => p && !p.startsWith(KEY));
      const next = data.hash ? [...others, KEY + encodeURIComponent(data.hash)] : others;
      const hash = next.length ? `#${next.join('&')}` : '';
      if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    }
  });

  // frames that started before this script did: ask them to say they are ready again
  for (const frame of frames()) frame.contentWindow?.postMessage({ type: 'factlens:hello' }, '*');

  // back and forward in the host page take the frames along
  addEventListener('hashchange', () => frames().filter((f) => f.hasAttribute('data-sync-url')).forEach(sendHostView));
})();
