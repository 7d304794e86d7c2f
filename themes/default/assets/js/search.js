/* Gongkai site search: reads the index Gongkai writes under search/ (meta.js, s/<n>.js, d/<n>.js), loading each
   file as a script element so that it works from a web host and from a folder opened from disk alike.
   Tokens as in org.gongkai.search.Tokens: every character and every pair of neighbouring characters of a run of
   letters and digits, full-width letters and digits as ASCII, ASCII letters in lower case. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var me = document.currentScript;
  if (!form || !me) {
    return;
  }
  var input = document.getElementById('search-q');
  var yearSelect = document.getElementById('search-year');
  var categorySelect = document.getElementById('search-category');
  var filters = document.getElementById('search-filters');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var moreWrap = document.getElementById('search-more-wrap');
  var more = document.getElementById('search-more');
  var root = me.src.replace(/assets\/js\/search\.js(?:[?#].*)?$/, '');
  var fromDisk = location.protocol === 'file:';
  var PAGE = 10;
  var LAST = '0123456789abcdefghijklmnopqrstuv';
  var MORE = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

  document.getElementById('search-nojs').hidden = true;
  var pageTitle = document.title;
  var waiting = {};
  var loaded = {};

  /* Each index file calls one of these with its contents. */
  window.gongkaiSearch = {
    meta: function (m) { arrived('meta', m); },
    shard: function (n, text) { arrived('s' + n, parseShard(text)); },
    docs: function (n, rows) { arrived('d' + n, rows); }
  };
  var meta = null;

  function arrived(name, value) {
    loaded[name] = value;
    (waiting[name] || []).forEach(function (w) { w[0](value); });
    delete waiting[name];
  }

  function load(name, path) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) {
      return Promise.resolve(loaded[name]);
    }
    return new Promise(function (resolve, reject) {
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push([resolve, reject]);
      if (!first) {
        return;
      }
      var s = document.createElement('script');
      s.src = root + 'search/' + path;
      s.async = true;
      s.onerror = function () {
        (waiting[name] || []).forEach(function (w) { w[1](new Error(path)); });
        delete waiting[name];
      };
      document.head.appendChild(s);
    });
  }

  function fold(code) {
    if (code >= 65 && code <= 90) { return code + 32; }
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) { return code; }
    if (code < 128) { return 0; }
    if (code >= 0x4E00 && code <= 0x9FFF) { return code; }
    if (code >= 0xFF10 && code <= 0xFF5A) {
      var ascii = code - 0xFEE0;
      return (ascii >= 48 && ascii <= 57) || (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122) ? fold(ascii) : 0;
    }
    if (code >= 0xD800 && code <= 0xDFFF) { return 0; }
    return /[\p{L}\p{Nd}]/u.test(String.fromCharCode(code)) ? code : 0;
  }

  /* The query's runs of letters and digits, folded. */
  function segments(query) {
    var out = [];
    var run = '';
    for (var i = 0; i < query.length; i++) {
      var c = fold(query.charCodeAt(i));
      if (c) {
        run += String.fromCharCode(c);
      } else if (run) {
        out.push(run);
        run = '';
      }
    }
    if (run) { out.push(run); }
    return out;
  }

  /* A one-character run is its character; a longer one its pairs (each pair implies its characters). */
  function tokens(segs) {
    var seen = {};
    var out = [];
    segs.forEach(function (seg) {
      var parts = [];
      if (seg.length === 1) {
        parts.push(seg);
      } else {
        for (var i = 0; i + 1 < seg.length; i++) { parts.push(seg.substr(i, 2)); }
      }
      parts.forEach(function (t) {
        if (!seen[t]) { seen[t] = true; out.push(t); }
      });
    });
    return out;
  }

  function key(token) {
    return token.length === 1 ? token.charCodeAt(0) : (token.charCodeAt(0) << 16 | token.charCodeAt(1));
  }

  function shardOf(token, bits) {
    return bits === 0 ? 0 : Math.imul(key(token), 0x9E3779B1) >>> (32 - bits);
  }

  function parseShard(text) {
    var map = {};
    var at = 0;
    function number() {
      var value = 0;
      for (;;) {
        var c = text.charAt(at++);
        var last = LAST.indexOf(c);
        if (last >= 0) { return value * 32 + last; }
        value = value * 32 + MORE.indexOf(c);
      }
    }
    while (at < text.length) {
      var len = text.charAt(at) === '.' ? 1 : 2;
      var token = text.substr(at + 1, len);
      at += 1 + len;
      var n = number();
      var docs = new Int32Array(n);
      var weights = new Int32Array(n);
      var doc = -1;
      for (var i = 0; i < n; i++) {
        doc += number() + 1;
        docs[i] = doc;
        weights[i] = number();
      }
      map[token] = { docs: docs, weights: weights };
    }
    return map;
  }

  /* Documents holding every token: [doc, all in the title, lowest count] sorted as the results show. */
  function match(lists) {
    lists.sort(function (a, b) { return a.docs.length - b.docs.length; });
    var first = lists[0];
    var out = [];
    var pos = lists.map(function () { return 0; });
    for (var i = 0; i < first.docs.length; i++) {
      var doc = first.docs[i];
      var title = first.weights[i] & 1;
      var count = first.weights[i] >> 1;
      var ok = true;
      for (var l = 1; l < lists.length && ok; l++) {
        var d = lists[l].docs;
        var p = pos[l];
        while (p < d.length && d[p] < doc) { p++; }
        pos[l] = p;
        if (p === d.length || d[p] !== doc) {
          ok = false;
        } else {
          title &= lists[l].weights[p] & 1;
          count = Math.min(count, lists[l].weights[p] >> 1);
        }
      }
      if (ok) { out.push([doc, title, count]); }
    }
    out.sort(function (a, b) { return (b[1] - a[1]) || (b[2] - a[2]) || (a[0] - b[0]); });
    return out;
  }

  function code(ch) {
    var c = ch.charCodeAt(0);
    return c === 32 ? -1 : c - 48 - (c > 92 ? 1 : 0);
  }

  function yearOf(id) {
    var y = code(meta.yearOf.charAt(id));
    return y < 0 ? null : meta.years[y];
  }

  function categoryOf(id) {
    return meta.categories[code(meta.categoryOf.charAt(id))];
  }

  /* A token's documents, from its shard. */
  function postingsOf(token) {
    return loaded['s' + shardOf(token, meta.bits)][token];
  }

  function rowOf(id) {
    return loaded['d' + Math.floor(id / meta.perFile)][id % meta.perFile];
  }

  var current = null;

  function state() {
    var p = new URLSearchParams(location.search);
    return { q: p.get('q') || '', year: p.get('year') || '', category: p.get('category') || '' };
  }

  function run(s) {
    var started = performance.now();
    input.value = s.q;
    var segs = segments(s.q);
    var toks = tokens(segs);
    list.textContent = '';
    moreWrap.hidden = true;
    list.removeAttribute('data-ms');
    if (!toks.length) {
      filters.hidden = true;
      status.textContent = s.q ? '请输入汉字、字母或数字。' : '';
      document.title = pageTitle;
      list.setAttribute('data-state', 'done');
      return;
    }
    list.setAttribute('data-state', 'searching');
    status.textContent = '正在搜索……';
    var token = current = {};
    load('meta', 'meta.js').then(function (m) {
      meta = m;
      var shards = {};
      toks.forEach(function (t) { shards[shardOf(t, meta.bits)] = true; });
      return Promise.all(Object.keys(shards).map(function (n) { return load('s' + n, 's/' + n + '.js'); }))
        .then(function () {
          var lists = [];
          for (var i = 0; i < toks.length; i++) {
            var entry = postingsOf(toks[i]);
            if (!entry) { return []; }
            lists.push(entry);
          }
          return match(lists);
        })
        .then(function (hits) {
          if (token !== current) { return; }
          showFilters(hits, s);
          var shown = hits.filter(function (h) {
            return (!s.year || String(yearOf(h[0])) === s.year) && (!s.category || categoryOf(h[0]) === s.category);
          });
          document.title = '「' + s.q + '」的搜索结果 - ' + pageTitle;
          return render(shown, 0, segs, token).then(function () {
            status.textContent = shown.length
              ? '找到 ' + shown.length + ' 条与「' + s.q + '」相关的结果' + (shown.length < hits.length ? '（已按年度或类别筛选，共 ' + hits.length + ' 条）' : '') + '。'
              : '没有找到与「' + s.q + '」相关的结果' + (hits.length ? '（筛选前有 ' + hits.length + ' 条）' : '') + '。';
            list.setAttribute('data-ms', String(Math.round(performance.now() - started)));
            list.setAttribute('data-at', String(Math.round(performance.now())));
            list.setAttribute('data-state', 'done');
          });
        });
    }).catch(function () {
      status.textContent = '搜索索引没有能加载，请稍后再试，或按栏目浏览。';
      list.setAttribute('data-state', 'failed');
    });
  }

  function showFilters(hits, s) {
    var years = {};
    var categories = {};
    var categoryOrder = meta.categories.slice();
    hits.forEach(function (h) {
      var y = yearOf(h[0]);
      if (y) { years[y] = (years[y] || 0) + 1; }
      var c = categoryOf(h[0]);
      if (categoryOrder.indexOf(c) < 0) { categoryOrder.push(c); }
      categories[c] = (categories[c] || 0) + 1;
    });
    fill(yearSelect, '全部年度', Object.keys(years).sort(function (a, b) { return b - a; }).map(function (y) {
      return [y, y + '年（' + years[y] + '）'];
    }), s.year);
    fill(categorySelect, '全部类别', categoryOrder.filter(function (c) { return categories[c]; }).map(function (c) {
      return [c, c + '（' + categories[c] + '）'];
    }), s.category);
    filters.hidden = hits.length === 0;
  }

  function fill(select, all, options, chosen) {
    select.textContent = '';
    select.appendChild(new Option(all, ''));
    options.forEach(function (o) { select.appendChild(new Option(o[1], o[0], false, o[0] === chosen)); });
    select.value = chosen;
    if (select.value !== chosen) { select.value = ''; }
  }

  function render(hits, from, segs, token) {
    var page = hits.slice(from, from + PAGE);
    var files = {};
    page.forEach(function (h) {
      if (h[0] < meta.docs) { files[Math.floor(h[0] / meta.perFile)] = true; }
    });
    return Promise.all(Object.keys(files).map(function (f) { return load('d' + f, 'd/' + f + '.js'); })).then(function () {
      if (token !== current) { return; }
      page.forEach(function (h) {
        list.appendChild(entry(rowOf(h[0]), categoryOf(h[0]), segs));
      });
      var next = from + PAGE;
      moreWrap.hidden = next >= hits.length;
      more.onclick = function () {
        var focusAt = list.children.length;
        render(hits, next, segs, token).then(function () {
          var link = list.children[focusAt] && list.children[focusAt].querySelector('a');
          if (link) { link.focus(); }
        });
      };
    });
  }

  function href(path) {
    var parts = path.split('#');
    var p = parts[0];
    if (fromDisk && (p === '' || p.charAt(p.length - 1) === '/')) { p += 'index.html'; }
    return root + p + (parts.length > 1 ? '#' + parts[1] : '');
  }

  function entry(row, category, segs) {
    var li = document.createElement('li');
    li.className = 'entry';
    var h = document.createElement('h2');
    h.className = 'entry-title';
    var a = document.createElement('a');
    a.href = href(row[0]);
    marked(a, row[1], segs);
    h.appendChild(a);
    li.appendChild(h);
    var info = document.createElement('p');
    info.className = 'entry-meta';
    info.textContent = [row[2] && '成文日期：' + row[2], row[3] && '发布机构：' + row[3], '类别：' + category]
      .filter(Boolean).join('　');
    li.appendChild(info);
    if (row[4]) {
      var p = document.createElement('p');
      p.className = 'entry-summary';
      marked(p, snippet(row[4], segs), segs);
      li.appendChild(p);
    }
    return li;
  }

  function folded(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = fold(text.charCodeAt(i));
      out += c ? String.fromCharCode(c) : text.charAt(i);
    }
    return out;
  }

  /* Up to 160 characters around the first match. */
  function snippet(text, segs) {
    var f = folded(text);
    var first = -1;
    segs.forEach(function (s) {
      var at = f.indexOf(s);
      if (at >= 0 && (first < 0 || at < first)) { first = at; }
    });
    var start = first > 60 ? first - 30 : 0;
    var cut = text.substr(start, 160);
    return (start > 0 ? '…' : '') + cut + (start + 160 < text.length ? '…' : '');
  }

  /* Writes text into el with each occurrence of a query run in a <mark>. */
  function marked(el, text, segs) {
    var f = folded(text);
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var len = 0;
      segs.forEach(function (s) {
        var i = f.indexOf(s, at);
        if (i >= 0 && (next < 0 || i < next || (i === next && s.length > len))) { next = i; len = s.length; }
      });
      if (next < 0) { break; }
      if (next > at) { el.appendChild(document.createTextNode(text.slice(at, next))); }
      var m = document.createElement('mark');
      m.textContent = text.substr(next, len);
      el.appendChild(m);
      at = next + len;
    }
    if (at < text.length) { el.appendChild(document.createTextNode(text.slice(at))); }
  }

  function go(push) {
    var s = { q: input.value.trim(), year: yearSelect.value, category: categorySelect.value };
    var params = new URLSearchParams();
    if (s.q) { params.set('q', s.q); }
    if (s.year) { params.set('year', s.year); }
    if (s.category) { params.set('category', s.category); }
    var url = location.pathname + (params.toString() ? '?' + params.toString() : '');
    try {
      if (push) { history.pushState(s, '', url); } else { history.replaceState(s, '', url); }
    } catch (e) {
      /* some browsers refuse history entries for pages opened from disk: the search still runs */
    }
    run(s);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    yearSelect.value = '';
    categorySelect.value = '';
    go(true);
  });
  yearSelect.addEventListener('change', function () { go(true); });
  categorySelect.addEventListener('change', function () { go(true); });
  window.addEventListener('popstate', function () { run(state()); });
  run(state());
}());
