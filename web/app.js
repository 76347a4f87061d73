// The page's own JavaScript, loaded as a file (the Content-Security-Policy allows no inline script
// but trunk's module loader, by its hash): the simulator's worker for the tests and the benchmark,
// the lazily loaded modules' entry points, and the service worker's registration.

// Offline: registered at once (not after the page's load), so its install caches every file of the
// build while the visitor reads (sw.js says how).
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});

// The simulator also runs in its own worker, started on first use (tests, benchmark): lagscopeSim.run({ preset: 'NAME SEED' })
// or lagscopeSim.run({ scenario: json, seed }) resolves to { result, ms }.
window.lagscopeSim = {
  run(message) {
    if (!this.worker) {
      this.worker = new Worker('sim-host.js', { type: 'module' });
      this.pending = new Map();
      this.next = 0;
      this.worker.onmessage = ({ data }) => {
        this.pending.get(data.id)?.(data);
        this.pending.delete(data.id);
      };
    }
    const id = (this.next += 1);
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...message, id });
    });
  },
};
// The Playground (the simulator and its view) is its own module, imported when the view opens.
// It renders into #playground-host, outside the page's Yew root, so neither Yew sees the other's elements.
// The page hands over its language (`lang`, its code), the catalogue it loaded (`catalogue`, the
// text of i18n/<lang>.ftl) and what to say while the module loads (`loading`, from that catalogue).
window.lagscopePlayground = {
  // The lazily loaded views' styles (lazy.css), added once, with the first of them.
  styles() {
    if (document.querySelector('link[data-lazy-styles]')) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'lazy.css';
    link.dataset.lazyStyles = '';
    document.head.append(link);
  },
  loading(element, text) {
    this.styles();
    if (element.childElementCount) return;
    const section = document.createElement('section');
    section.className = 'panel';
    const status = section.appendChild(document.createElement('p'));
    status.className = 'status';
    status.textContent = text;
    element.replaceChildren(section);
  },
  async mount(element, lang, catalogue, loading, source, shared) {
    this.loading(element, loading);
    this.module ??= import('./playground.js').then(async (module) => (await module.default(), module));
    const module = await this.module;
    module.mount_playground(element, lang, catalogue, source ?? '', shared ?? '');
  },
  // Learn is a third module (learn.js), with its own part of the catalogue (i18n/<lang>.learn.ftl),
  // both loaded when Learn first opens. `route` is what follows #learn/ in the address.
  async mountLearn(element, lang, catalogue, loading, route) {
    this.loading(element, loading);
    this.learn ??= import('./learn.js').then(async (module) => (await module.default(), module));
    this.learnTexts ??= {};
    this.learnTexts[lang] ??= fetch(`i18n/${lang}.learn.ftl`, { cache: 'no-cache' }).then((response) => {
      if (!response.ok) throw new Error(`i18n/${lang}.learn.ftl: ${response.status}`);
      return response.text();
    });
    // A part that could not be loaded is asked for again next time.
    this.learnTexts[lang].catch(() => delete this.learnTexts[lang]);
    const [module, part] = await Promise.all([this.learn, this.learnTexts[lang]]);
    module.mount_learn(element, lang, `${catalogue}\n${part}`, route ?? '');
  },
  // The report and the downloads are written by the same module, loaded when first asked for.
  async exportDocument(lang, catalogue, request) {
    this.module ??= import('./playground.js').then(async (module) => (await module.default(), module));
    const module = await this.module;
    return module.export_document(lang, catalogue, request);
  },
  // And the share link's compressor.
  async compressDocument(json) {
    this.module ??= import('./playground.js').then(async (module) => (await module.default(), module));
    const module = await this.module;
    return module.compress_document(json);
  },
  // And the offset-reset planner, opened as a dialog over the page.
  async mountReset(element, lang, catalogue, loading, documentRequest, group, form) {
    this.loading(element, loading);
    this.module ??= import('./playground.js').then(async (module) => (await module.default(), module));
    const module = await this.module;
    module.mount_reset(element, lang, catalogue, documentRequest, group, form);
  },
  // The Assignment view's what-if (Kafka's assignors) lives in the same module.
  async mountAssignment(element, lang, catalogue, loading, groups, form) {
    this.loading(element, loading);
    this.module ??= import('./playground.js').then(async (module) => (await module.default(), module));
    const module = await this.module;
    module.mount_assignment(element, lang, catalogue, groups, form);
  },
};
