// Filo report: reads the JSON data element, draws every view from the filtered events.
// Data is never parsed as HTML: the DOM is built with textContent, ECharts tooltips get escaped strings.
(function () {
  'use strict';
  const {el, esc, dayOf, isoDay, countBy, firstView} = FiloParts;
  const started = performance.now();
  const D = JSON.parse(document.getElementById('filo-data').textContent);
  const CHANNEL_COLOURS = {PHONE_CALL: '#1f77b4', VIDEO_CALL: '#9467bd', MEETING: '#2ca02c', MESSAGE: '#ff7f0e',
    HOTLINE: '#d62728', UNSPECIFIED: '#7f7f7f'};
  const STATUS_SYMBOLS = {OCCURRED: 'circle', PLANNED: 'emptyCircle', REFUSED: 'triangle', ESTABLISHED: 'rect',
    SUSPENDED: 'diamond', RESUMED: 'roundRect'};
  const KIND_COLOURS = {PERSON: '#5470c6', COUNTRY: '#91cc75', ORGANIZATION: '#fac858', GROUP: '#ee6666'};
  const TIMELINE_ROWS = 25;   // rows shown at once, each labelled; the others scroll into view
  const PAGE_SIZE = 100;      // table rows in the DOM at once, so 10,000 events stay quick
  const LABELLED_NODES = 40;  // more labels than this would cover the graph
  const FORCE_NODES = 150;    // above this (or FORCE_EDGES) a force layout takes seconds; the circle is instant
  const FORCE_EDGES = 400;

  const docs = new Map(D.docs.map(d => [d.id, d]));
  const channels = [...new Set(D.events.map(e => e.ch))].sort();
  D.events.forEach((e, i) => {
    e.i = i;
    e.day = dayOf(e.date);
    e.names = [...new Set(e.parties.map(p => p.n).filter(n => n))].sort();
  });
  const state = {ch: '', st: '', actor: '', country: '', from: null, to: null, pair: null, rows: 'pair',
    sortKey: 'date', sortDir: 1, page: 0, chosen: null};
  const report = window.filoReport = {ready: false, counts: {}};
  let timelineChart = null;
  let graphChart = null;
  let rendering = false;
  const evalOpen = new Map();

  function $(id) { return document.getElementById(id); }

  function pass(e) {
    if (state.ch && e.ch !== state.ch) return false;
    if (state.st && e.st !== state.st) return false;
    if (state.actor && !e.names.includes(state.actor)) return false;
    if (state.country && !e.parties.some(p => p.c === state.country)) return false;
    if (state.pair && !(e.names.includes(state.pair[0]) && e.names.includes(state.pair[1]))) return false;
    if (state.from !== null && (e.day === null || e.day < state.from)) return false;
    if (state.to !== null && (e.day === null || e.day > state.to)) return false;
    return true;
  }

  function pairsOf(e) {
    const out = [];
    for (let a = 0; a < e.names.length; a++) {
      for (let b = a + 1; b < e.names.length; b++) out.push([e.names[a], e.names[b]]);
    }
    return out;
  }

  // ---- filters ----
  function options(select, label, values) {
    select.replaceChildren(el('option', 'all ' + label));
    select.firstChild.value = '';
    values.forEach(v => { const o = el('option', v); o.value = v; select.appendChild(o); });
  }

  function setUpFilters() {
    options($('f-channel'), 'channels', channels);
    options($('f-status'), 'statuses', [...new Set(D.events.map(e => e.st))].sort());
    options($('f-actor'), 'actors', [...new Set(D.events.flatMap(e => e.names))].sort());
    options($('f-country'), 'countries',
      [...new Set(D.events.flatMap(e => e.parties.map(p => p.c)).filter(c => c))].sort());
    const bind = (id, key, parse) => $(id).addEventListener('change', ev => {
      state[key] = parse(ev.target.value);
      if (key === 'actor') state.pair = null;
      state.page = 0;
      render();
    });
    bind('f-channel', 'ch', v => v);
    bind('f-status', 'st', v => v);
    bind('f-actor', 'actor', v => v);
    bind('f-country', 'country', v => v);
    bind('f-from', 'from', v => v ? dayOf(v) : null);
    bind('f-to', 'to', v => v ? dayOf(v) : null);
    $('f-clear').addEventListener('click', () => {
      Object.assign(state, {ch: '', st: '', actor: '', country: '', from: null, to: null, pair: null, page: 0});
      render();
    });
    document.querySelectorAll('input[name=rows]').forEach(r => r.addEventListener('change', ev => {
      state.rows = ev.target.value;
      render();
    }));
    $('prev').addEventListener('click', () => { state.page--; renderTable(); });
    $('next').addEventListener('click', () => { state.page++; renderTable(); });
  }

  function showFilterState(shown) {
    $('f-channel').value = state.ch;
    $('f-status').value = state.st;
    $('f-actor').value = state.actor;
    $('f-country').value = state.country;
    $('f-from').value = state.from === null ? '' : isoDay(state.from);
    $('f-to').value = state.to === null ? '' : isoDay(state.to);
    $('f-summary').textContent = shown + ' of ' + D.events.length + ' events'
      + (state.pair ? ' · pair ' + state.pair.join(' – ') : '');
  }

  // ---- overview ----
  function card(title, rows) {
    const box = el('div');
    box.appendChild(el('h3', title));
    const table = el('table');
    const max = Math.max(1, ...rows.map(r => r[1]));
    rows.forEach(([k, n]) => {
      const tr = el('tr');
      tr.appendChild(el('td', k === null || k === undefined ? '(none)' : k));
      const td = el('td', n);
      const bar = el('span', null, 'bar');
      bar.style.width = Math.round(80 * n / max) + 'px';
      td.appendChild(bar);
      tr.appendChild(td);
      table.appendChild(tr);
    });
    if (!rows.length) table.appendChild(el('tr')).appendChild(el('td', 'none', 'muted'));
    box.appendChild(table);
    return box;
  }

  function overview(evs) {
    const body = $('overview-body');
    body.replaceChildren(
      card('Documents by status', countBy(D.docs, d => d.status)),
      card('Publication date (DCT) source', countBy(D.docs, d => d.dctSrc)),
      card('Events by channel (filtered)', countBy(evs, e => e.ch)),
      card('Events by status (filtered)', countBy(evs, e => e.st)),
      card('Pipeline fingerprint', countBy(D.docs, d => d.pipe)));
  }

  // ---- timeline ----
  function timeline(evs) {
    const rowsOf = state.rows === 'pair' ? e => pairsOf(e).map(p => p.join(' – ')) : e => e.names;
    const dated = evs.filter(e => e.day !== null);
    const rowCounts = countBy(dated.flatMap(e => rowsOf(e).map(r => ({r}))), x => x.r);
    const rows = rowCounts.map(r => r[0]);
    const index = new Map(rows.map((r, i) => [r, i]));
    const byChannel = new Map(channels.map(c => [c, []]));
    dated.forEach(e => rowsOf(e).forEach(r => {
      if (index.has(r)) {
        byChannel.get(e.ch).push({value: [e.day, index.get(r)], ev: e.i, symbol: STATUS_SYMBOLS[e.st] || 'pin'});
      }
    }));
    const view = firstView(dated.map(e => e.day));
    const series = channels.map(c => ({type: 'scatter', name: c, data: byChannel.get(c), symbolSize: 10,
      itemStyle: {color: CHANNEL_COLOURS[c] || '#333'}}));
    timelineChart.setOption({
      animation: false,
      legend: {top: 0, data: channels},
      grid: {left: 10, right: 40, top: 30, bottom: 70, containLabel: true},
      tooltip: {trigger: 'item', formatter: p => tip(D.events[p.data.ev])},
      xAxis: {type: 'time'},
      yAxis: {type: 'category', data: rows, inverse: true, axisLabel: {width: 260, overflow: 'truncate'}},
      // The x slider comes first: onZoom reads it. The y slider scrolls the rows, TIMELINE_ROWS at a time.
      dataZoom: [{type: 'slider', id: 'x-slider', xAxisIndex: 0, bottom: 10, ...view},
        {type: 'inside', id: 'x-inside', xAxisIndex: 0, ...view},
        {type: 'slider', id: 'y-rows', yAxisIndex: 0, right: 5, width: 14, startValue: 0, endValue: TIMELINE_ROWS - 1,
          show: rows.length > TIMELINE_ROWS, filterMode: 'empty', zoomLock: true, brushSelect: false}],
      series
    }, true);
    const marks = series.reduce((n, s) => n + s.data.length, 0);
    const undated = evs.length - dated.length;
    $('timeline-note').textContent = (undated ? undated + ' events without a day are not drawn. ' : '')
      + (view.startValue !== undefined ? 'A few far dates (a historical mention, a misread year) are outside'
        + ' the first view: widen the slider to see them. ' : '')
      + (rows.length > TIMELINE_ROWS ? rows.length + ' rows, busiest first: scroll them with the slider on the right.'
        : '');
    return {marks, rows: rows.length};
  }

  function tip(e) {
    return esc((e.date || 'no date') + ' · ' + e.ch + ' · ' + e.st) + '<br>' + esc(e.names.join(', '))
      + '<br><span style="color:#777">' + esc(e.doc) + '</span>';
  }

  function onZoom() {
    if (rendering) return;
    const z = timelineChart.getOption().dataZoom[0];
    if (z.start <= 0 && z.end >= 100) return;
    state.from = dayOf(isoDay(z.startValue));
    state.to = dayOf(isoDay(z.endValue));
    state.page = 0;
    render();
  }

  // ---- graph ----
  function graph(evs) {
    const nodes = new Map();
    const edges = new Map();
    evs.forEach(e => {
      e.parties.forEach(p => {
        if (!p.n) return;
        const n = nodes.get(p.n) || {name: p.n, kind: p.k, country: p.c, count: 0};
        n.count++;
        nodes.set(p.n, n);
      });
      pairsOf(e).forEach(([a, b]) => {
        const key = a + '\u0001' + b;
        const edge = edges.get(key) || {a, b, count: 0, channels: new Map()};
        edge.count++;
        edge.channels.set(e.ch, (edge.channels.get(e.ch) || 0) + 1);
        edges.set(key, edge);
      });
    });
    const list = [...nodes.values()];
    const at = new Map(list.map((n, i) => [n.name, i]));
    const kinds = [...new Set(list.map(n => n.kind || 'UNKNOWN'))].sort();
    // Label every node of a small graph, else only the busiest ones.
    const labelFrom = list.length <= LABELLED_NODES ? 0
      : list.map(n => n.count).sort((x, y) => y - x)[LABELLED_NODES - 1] + 1;
    const links = [...edges.values()].map(edge => {
      const top = [...edge.channels.entries()].sort((x, y) => y[1] - x[1])[0][0];
      return {source: at.get(edge.a), target: at.get(edge.b), value: edge.count, pair: [edge.a, edge.b],
        channels: [...edge.channels.entries()],
        lineStyle: {width: 1 + 1.5 * Math.log2(1 + edge.count), color: CHANNEL_COLOURS[top] || '#333'}};
    });
    graphChart.setOption({
      animation: false,
      legend: {top: 0, data: kinds},
      tooltip: {trigger: 'item', formatter: p => p.dataType === 'edge'
        ? esc(p.data.pair.join(' – ')) + '<br>' + p.data.channels.map(c => esc(c[0] + ': ' + c[1])).join('<br>')
        : esc(p.data.text + ' · ' + p.data.kind + ' · ' + p.data.value + ' events')},
      series: [{
        type: 'graph', layout: list.length > FORCE_NODES || links.length > FORCE_EDGES ? 'circular' : 'force',
        roam: true,
        force: {repulsion: 90, gravity: 0.15, edgeLength: [40, 120], layoutAnimation: false},
        categories: kinds.map(k => ({name: k, itemStyle: {color: KIND_COLOURS[k] || '#999'}})),
        label: {position: 'right', formatter: p => p.data.text},
        data: list.map(n => ({name: n.name, text: n.name + (n.country ? ' (' + n.country + ')' : ''),
          label: {show: n.count >= labelFrom},
          kind: n.kind || 'UNKNOWN', value: n.count, category: kinds.indexOf(n.kind || 'UNKNOWN'),
          symbolSize: Math.min(40, 8 + 3 * Math.sqrt(n.count))})),
        links,
        emphasis: {focus: 'adjacency'}
      }]
    }, true);
    $('graph-note').textContent = list.length + ' actors, ' + links.length + ' pairs.';
    return {nodes: list.length, edges: links.length};
  }

  // ---- table ----
  const COLUMNS = [
    ['date', 'Date', e => e.date || ''], ['ch', 'Channel', e => e.ch], ['st', 'Status', e => e.st],
    ['parties', 'Participants', e => e.names.join(', ')], ['init', 'Initiator', e => e.init || ''],
    ['doc', 'Document', e => e.doc], ['conf', 'Confidence', e => e.conf === null ? -1 : e.conf]];

  function table(evs) {
    const head = el('tr');
    COLUMNS.forEach(([key, title]) => {
      const th = el('th', title, state.sortKey === key ? 'sorted' + (state.sortDir < 0 ? ' desc' : '') : '');
      th.dataset.key = key;
      th.addEventListener('click', () => {
        state.sortDir = state.sortKey === key ? -state.sortDir : 1;
        state.sortKey = key;
        state.page = 0;
        renderTable();
      });
      head.appendChild(th);
    });
    $('contacts').tHead.replaceChildren(head);
    const value = COLUMNS.find(c => c[0] === state.sortKey)[2];
    const sorted = evs.slice().sort((a, b) => {
      const x = value(a), y = value(b);
      return state.sortDir * (x < y ? -1 : x > y ? 1 : a.i - b.i);
    });
    const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    const shown = sorted.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
    const body = $('contacts').tBodies[0];
    body.replaceChildren(...shown.map(e => {
      const tr = el('tr', null, e.i === state.chosen ? 'chosen' : '');
      tr.dataset.ev = e.i;
      COLUMNS.forEach(([key, , get]) => tr.appendChild(el('td', key === 'conf' && e.conf === null ? '' : get(e))));
      tr.addEventListener('click', () => evidence(e.i));
      return tr;
    }));
    $('page').textContent = sorted.length ? 'rows ' + (state.page * PAGE_SIZE + 1) + '–'
      + (state.page * PAGE_SIZE + shown.length) + ' of ' + sorted.length : 'no contacts match the filters';
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page >= pages - 1;
    return shown.length;
  }

  // ---- evidence ----
  function fields(pairs) {
    const dl = el('dl', null, 'fields');
    pairs.forEach(([k, v]) => { dl.appendChild(el('dt', k)); dl.appendChild(el('dd', v === null || v === undefined ? '—' : v)); });
    return dl;
  }

  function evidence(i) {
    const e = D.events[i];
    const d = docs.get(e.doc) || {};
    state.chosen = i;
    const box = $('evidence');
    box.replaceChildren(el('h3', e.ch + ' · ' + e.st + ' · ' + (e.date || 'no date')));
    box.appendChild(fields([
      ['Participants', e.parties.map(p => [p.n, p.k, p.c, p.r].filter(x => x).join(', ')).join(' | ')],
      ['Initiator', e.init], ['Duration', e.dur], ['Date from', e.dateSrc], ['Confidence', e.conf],
      ['Event', e.id], ['Article', d.title || '(no title)'], ['Published', d.dct], ['Source', d.url || d.src || e.doc]]));
    if (!e.ev.length) box.appendChild(el('p', 'No sentence: the document is not in documents.jsonl.', 'muted'));
    e.ev.forEach(pieces => {
      const p = el('p', null, 'sentence');
      pieces.forEach(([text, mark]) => p.appendChild(mark ? el('mark', text, mark === 1 ? 'trig' : 'party')
        : document.createTextNode(text)));
      box.appendChild(p);
    });
    document.querySelectorAll('#contacts tbody tr').forEach(tr => tr.classList.toggle('chosen', +tr.dataset.ev === i));
    box.scrollIntoView({block: 'nearest'});
  }

  // ---- all views ----
  /** Sorting and paging change only the table: the other views are left as they are. */
  function renderTable() {
    report.counts.tableRows = table(D.events.filter(pass));
  }

  function render() {
    rendering = true;
    try {
      const clock = {};
      const timed = (name, f) => { const t0 = performance.now(); const r = f(); clock[name] = performance.now() - t0; return r; };
      const evs = timed('filter', () => D.events.filter(pass));
      showFilterState(evs.length);
      timed('overview', () => overview(evs));
      const t = timed('timeline', () => timeline(evs));
      const g = timed('graph', () => graph(evs));
      const rows = timed('table', () => table(evs));
      const evalRows = timed('eval', () => FiloParts.evalView($('eval'), D.eval, state, evalOpen));
      report.viewMs = clock; // what each view cost in the last render (the benchmark prints it)
      report.counts = {events: evs.length, marks: t.marks, timelineRows: t.rows, nodes: g.nodes, edges: g.edges,
        tableRows: rows, evalRows};
    } finally {
      rendering = false;
    }
  }

  function header() {
    $('source-line').textContent = 'Output folder ' + D.folder + (D.runDate ? ' · written ' + D.runDate : '')
      + ' · ' + D.docs.length + ' documents, ' + D.events.length + ' events'
      + (D.eval ? ' · evaluated against ' + D.eval.gold : '');
    const w = $('warnings');
    D.warnings.slice(0, 20).forEach(x => w.appendChild(el('li', x)));
    if (D.warnings.length > 20) w.appendChild(el('li', '… and ' + (D.warnings.length - 20) + ' more warnings'));
  }

  header();
  if (!D.docs.length && !D.events.length) {
    $('views').hidden = true;
    $('empty').hidden = false;
    $('empty-why').textContent = 'The folder ' + D.folder + ' holds no records. Run ./filo extract ARTICLES/ --out '
      + D.folder + ' first; if it ran, it was stopped before writing a document.';
  } else {
    timelineChart = echarts.init($('timeline'));
    graphChart = echarts.init($('graph'));
    let zoomTimer = null;
    timelineChart.on('datazoom', p => {
      if ((p.batch ? p.batch[0] : p).dataZoomId === 'y-rows') return; // scrolling rows is no date filter
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(onZoom, 350);
    });
    timelineChart.on('click', p => { if (p.data && p.data.ev !== undefined) evidence(p.data.ev); });
    graphChart.on('click', p => {
      if (p.dataType === 'node') { state.actor = p.data.name; state.pair = null; }
      else if (p.dataType === 'edge') { state.pair = p.data.pair; state.actor = ''; }
      state.page = 0;
      render();
    });
    window.addEventListener('resize', () => { timelineChart.resize(); graphChart.resize(); });
    setUpFilters();
    render();
  }
  report.renderMs = performance.now() - started; // this script: data parse and every view drawn
  report.readyAt = performance.now();             // since navigation: also HTML, ECharts and data loaded
  report.ready = true;
})();
