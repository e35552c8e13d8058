// Factlens script embed: <factlens-explorer> mounts the explorer in a Shadow DOM root with its own
// stylesheet, so the host page's CSS cannot change it and its CSS cannot touch the host page.
// Options are data- attributes: data-theme (light|dark|auto), data-compact, data-transparent,
// data-heading="0" (no story title above it), data-view ("kind=figure&q=..."), data-pinned (card
// ids), data-sync-url (use this page's URL hash).
const base = new URL('./', import.meta.url);
let module;

function load() {
  if (!module) {
    // the wasm's own start-up would render into <body>; this embed mounts it itself
    window.factlensManualMount = true;
    module = import(new URL('factlens.js', base).href).then(async (m) => {
      await m.default({ module_or_path: new URL('factlens_bg.wasm', base) });
      return m;
    });
  }
  return module;
}

class FactlensExplorer extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('main.css', base).href;
    const mountPoint = document.createElement('div');
    root.append(style, mountPoint);
    const options = {};
    for (const [key, value] of Object.entries(this.dataset)) options[key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = value;
    (await load()).mount(mountPoint, options);
  }
}

if (!customElements.get('factlens-explorer')) customElements.define('factlens-explorer', FactlensExplorer);
