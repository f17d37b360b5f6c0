// Filo report, first part: DOM and date helpers and the evaluation view. HtmlReport puts this file before
// report.js in the same script element; report.js draws the other views.
const FiloParts = (function () {
  'use strict';

  function el(tag, text, cls) {
    const n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = String(text);
    if (cls) n.className = cls;
    return n;
  }

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g,
      c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }

  /** A TIMEX3 value as a UTC day in ms: a day, or a month's first day; null for anything vaguer. */
  function dayOf(v) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) : null;
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function countBy(items, key) {
    const m = new Map();
    items.forEach(x => { const k = key(x); m.set(k, (m.get(k) || 0) + 1); });
    return [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  }

  /**
   * The timeline's first window: without the farthest 2% of days on either side when the rest fill less
   * than half the axis (one "1864" would squeeze every contact of the last ten years into a sliver).
   */
  function firstView(days) {
    if (days.length < 20) return {};
    const sorted = days.slice().sort((a, b) => a - b);
    const lo = sorted[Math.floor(0.02 * sorted.length)];
    const hi = sorted[Math.ceil(0.98 * sorted.length) - 1];
    const margin = 30 * 86400000;
    return hi - lo < 0.5 * (sorted[sorted.length - 1] - sorted[0])
      ? {startValue: lo - margin, endValue: hi + margin} : {};
  }

  // ---- evaluation ----
  function score(name, prf) {
    const f = x => x === null || x === undefined ? '—' : x.toFixed(3);
    return [name, f(prf.precision), f(prf.recall), f(prf.f1), prf.true_positives + ' / ' + prf.system + ' / ' + prf.gold];
  }

  function rowsTable(head, rows) {
    const t = el('table');
    const h = el('tr');
    head.forEach(x => h.appendChild(el('th', x)));
    t.appendChild(h);
    rows.forEach(r => { const tr = el('tr'); r.forEach(x => tr.appendChild(el('td', x))); t.appendChild(tr); });
    return t;
  }

  function sentenceWith(sentence, part) {
    const p = el('p', null, 'sentence');
    const at = sentence && part ? sentence.indexOf(part) : -1;
    if (!sentence) { p.appendChild(el('span', '(sentence not available)', 'muted')); return p; }
    if (at < 0) { p.textContent = sentence; return p; }
    p.append(sentence.slice(0, at), el('mark', part, 'timex'), sentence.slice(at + part.length));
    return p;
  }

  function list(title, items, render, open, evalOpen) {
    const box = el('details');
    box.id = 'eval-' + title.toLowerCase().replace(/ /g, '-');
    box.open = evalOpen.has(box.id) ? evalOpen.get(box.id) : open; // a filter change keeps what the reader opened
    box.addEventListener('toggle', () => evalOpen.set(box.id, box.open));
    box.appendChild(el('summary', title + ' (' + items.length + ')'));
    const ul = el('ul', null, 'eval-list');
    items.forEach(x => ul.appendChild(render(x)));
    box.appendChild(ul);
    return box;
  }

  function evalView(box, E, state, evalOpen) {
    if (!E) {
      box.replaceChildren(el('p', 'Run ./filo report with --gold DIR to see scores and every missed and spurious'
        + ' event and time expression here.', 'muted'));
      return 0;
    }
    const tx = E.timexes, ev = E.events;
    const keep = x => (!state.ch || x.channel === state.ch) && (!state.st || x.status === state.st);
    const missed = ev.missed.filter(keep), spurious = ev.spurious.filter(keep);
    const eventItem = x => {
      const li = el('li');
      li.append(el('strong', [x.doc_id, x.channel, x.status, x.date || 'no date'].join(' · ')), ' ',
        el('span', x.participants + (x.why ? ' — ' + x.why : ''), 'muted'), sentenceWith(x.sentence, null));
      return li;
    };
    const timexItem = x => {
      const li = el('li');
      li.append(el('strong', x.doc_id + ' · ' + x.text + ' · ' + (x.value || '—')), sentenceWith(x.sentence, x.text));
      return li;
    };
    box.replaceChildren(
      el('p', 'Gold ' + E.gold + ': ' + E.gold_documents + ' documents, ' + E.documents_missing.length
        + ' of them absent from the output.', 'muted'),
      rowsTable(['', 'P', 'R', 'F1', 'tp / system / gold'], [
        score('time expressions, strict extent', tx.strict), score('time expressions, relaxed extent', tx.relaxed),
        score('time expressions, value', tx.value), score('events, identification', ev.identification),
        score('events, full record', ev.full_record)]),
      list('Missed events', missed, eventItem, true, evalOpen),
      list('Spurious events', spurious, eventItem, true, evalOpen),
      list('Events with wrong fields', ev.wrong_fields.filter(x => !state.ch || x.channel === state.ch), x => {
        const li = el('li');
        li.append(el('strong', x.doc_id + ' · ' + x.system_event), ' ', el('span', x.differences.map(
          d => d.field + ': gold ' + d.gold + ', output ' + d.system).join('; '), 'muted'), sentenceWith(x.sentence, null));
        return li;
      }, false, evalOpen),
      list('Missed time expressions', tx.missed, timexItem, false, evalOpen),
      list('Spurious time expressions', tx.spurious, timexItem, false, evalOpen));
    return missed.length + spurious.length;
  }

  return {el, esc, dayOf, isoDay, countBy, firstView, evalView};
})();
