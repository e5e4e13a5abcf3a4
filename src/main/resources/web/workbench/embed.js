// Draws a SPARQL JSON result as a bar chart, line chart, map or timeline in plain SVG. Every string
// from the data is set with textContent or as an attribute value, never parsed as markup.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var XSD = 'http://www.w3.org/2001/XMLSchema#';
  var NUMERIC = /#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger|negativeInteger|nonPositiveInteger|unsignedInt|unsignedLong)$/;
  var COLOURS = ['#2b6cb0', '#dd6b20', '#2f855a', '#9b2c2c', '#6b46c1', '#975a16'];

  var data = JSON.parse(document.getElementById('results').textContent);
  var vars = data.head.vars || [];
  var rows = (data.results && data.results.bindings) || [];
  var host = document.getElementById('chart');
  var view = document.body.getAttribute('data-view');

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function svg(w, h) {
    var s = el('svg', { viewBox: '0 0 ' + w + ' ' + h, width: '100%', preserveAspectRatio: 'xMidYMid meet' });
    host.appendChild(s);
    return s;
  }
  function value(b) { return b ? b.value : ''; }
  function num(b) {
    if (!b || b.type !== 'literal' || !b.datatype || !NUMERIC.test(b.datatype)) return NaN;
    return Number(b.value);
  }
  function isNumericColumn(v) {
    var seen = false;
    for (var i = 0; i < rows.length; i++) {
      if (!rows[i][v]) continue;
      if (isNaN(num(rows[i][v]))) return false;
      seen = true;
    }
    return seen;
  }
  // A date-like term as a fractional year: xsd:date, gYearMonth, gYear, dateTime, or a 4-digit year.
  function when(b) {
    if (!b) return NaN;
    var m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(b.value);
    if (!m) return NaN;
    if (b.datatype && b.datatype.indexOf(XSD) === 0) {
      var t = b.datatype.substring(XSD.length);
      if (['date', 'dateTime', 'gYearMonth', 'gYear', 'integer'].indexOf(t) < 0) return NaN;
    } else if (b.type === 'uri') return NaN;
    return Number(m[1]) + ((m[2] ? Number(m[2]) : 1) - 1) / 12 + ((m[3] ? Number(m[3]) : 1) - 1) / 365;
  }
  function legend(s, names, x, y) {
    names.forEach(function (n, i) {
      s.appendChild(el('rect', { x: x, y: y + i * 18, width: 12, height: 12, fill: COLOURS[i % COLOURS.length] }));
      s.appendChild(el('text', { x: x + 18, y: y + i * 18 + 10, 'class': 'legend' }, n));
    });
  }
  function nice(max) {
    if (max <= 0) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(max)));
    var m = max / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  function done(marks) {
    document.body.setAttribute('data-drawn', 'true');
    document.body.setAttribute('data-marks', String(marks));
  }
  function empty(reason) {
    var p = document.createElement('p');
    p.className = 'empty';
    p.textContent = reason;
    host.appendChild(p);
    done(0);
  }

  function bar() {
    var numeric = vars.filter(isNumericColumn);
    var label = vars.filter(function (v) { return numeric.indexOf(v) < 0; })[0] || vars[0];
    if (!numeric.length) return empty('No numeric column to draw bars from.');
    var rowH = 14 * numeric.length + 10, left = 220, w = 760;
    var s = svg(w, rowH * rows.length + 60);
    var max = nice(Math.max.apply(null, rows.map(function (r) {
      return Math.max.apply(null, numeric.map(function (v) { return num(r[v]) || 0; }));
    })));
    var scale = (w - left - 60) / max, marks = 0;
    for (var t = 0; t <= 4; t++) {
      var x = left + (max * t / 4) * scale;
      s.appendChild(el('line', { x1: x, x2: x, y1: 20, y2: 20 + rowH * rows.length, 'class': 'grid' }));
      s.appendChild(el('text', { x: x, y: 14, 'class': 'tick', 'text-anchor': 'middle' }, String(+(max * t / 4).toPrecision(4))));
    }
    rows.forEach(function (r, i) {
      var y = 22 + i * rowH;
      s.appendChild(el('text', { x: left - 8, y: y + rowH / 2, 'class': 'label', 'text-anchor': 'end' }, value(r[label]).slice(0, 40)));
      numeric.forEach(function (v, j) {
        var n = num(r[v]) || 0;
        var rect = el('rect', { x: left, y: y + j * 14, width: Math.max(0, n * scale), height: 12, fill: COLOURS[j % COLOURS.length], 'class': 'mark' });
        rect.appendChild(el('title', {}, value(r[label]) + ' — ' + v + ': ' + n));
        s.appendChild(rect);
        s.appendChild(el('text', { x: left + n * scale + 4, y: y + j * 14 + 10, 'class': 'value' }, String(n)));
        marks++;
      });
    });
    if (numeric.length > 1) legend(s, numeric, w - 150, rowH * rows.length + 30 - 18 * numeric.length);
    done(marks);
  }

  function line() {
    var xVar = vars[0];
    var series = vars.slice(1).filter(isNumericColumn);
    if (!series.length) return empty('No numeric column to draw lines from.');
    var xs = rows.map(function (r) { var t = when(r[xVar]); return isNaN(t) ? num(r[xVar]) : t; });
    var categorical = xs.some(isNaN);
    if (categorical) xs = rows.map(function (r, i) { return i; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    if (minX === maxX) { minX -= 1; maxX += 1; }
    var maxY = nice(Math.max.apply(null, rows.map(function (r) {
      return Math.max.apply(null, series.map(function (v) { return num(r[v]) || 0; }));
    })));
    var w = 760, h = 380, l = 50, rgt = 20, top = 20, bot = 50;
    var s = svg(w, h), marks = 0;
    function X(x) { return l + (x - minX) / (maxX - minX) * (w - l - rgt); }
    function Y(y) { return h - bot - y / maxY * (h - top - bot); }
    for (var t = 0; t <= 4; t++) {
      var yv = maxY * t / 4;
      s.appendChild(el('line', { x1: l, x2: w - rgt, y1: Y(yv), y2: Y(yv), 'class': 'grid' }));
      s.appendChild(el('text', { x: l - 6, y: Y(yv) + 4, 'class': 'tick', 'text-anchor': 'end' }, String(+yv.toPrecision(4))));
    }
    var step = Math.max(1, Math.ceil(rows.length / 10));
    rows.forEach(function (r, i) {
      if (i % step) return;
      s.appendChild(el('text', { x: X(xs[i]), y: h - bot + 18, 'class': 'tick', 'text-anchor': 'middle' }, value(r[xVar]).slice(0, 12)));
    });
    series.forEach(function (v, j) {
      var pts = [];
      rows.forEach(function (r, i) {
        var y = num(r[v]);
        if (isNaN(y)) return;
        pts.push(X(xs[i]) + ',' + Y(y));
        var c = el('circle', { cx: X(xs[i]), cy: Y(y), r: 3.5, fill: COLOURS[j % COLOURS.length], 'class': 'mark' });
        c.appendChild(el('title', {}, value(r[xVar]) + ' — ' + v + ': ' + y));
        s.appendChild(c);
        marks++;
      });
      s.insertBefore(el('polyline', { points: pts.join(' '), fill: 'none', stroke: COLOURS[j % COLOURS.length], 'stroke-width': 2 }), s.firstChild.nextSibling);
    });
    legend(s, series, l + 10, top);
    done(marks);
  }

  function map() {
    var latVar = vars.filter(function (v) { return /^(lat|latitude)$/i.test(v); })[0];
    var lonVar = vars.filter(function (v) { return /^(long|lon|lng|longitude)$/i.test(v); })[0];
    if (!latVar || !lonVar) return empty('A map needs columns named lat and long.');
    var label = vars.filter(function (v) { return v !== latVar && v !== lonVar; })[0];
    var w = 960, h = 480;
    var s = svg(w, h);
    function P(lon, lat) { return [(lon + 180) / 360 * w, (90 - lat) / 180 * h]; }
    s.appendChild(el('rect', { x: 0, y: 0, width: w, height: h, 'class': 'sea' }));
    var base = el('g', { 'class': 'land' });
    s.appendChild(base);
    var points = el('g', { 'class': 'points' });
    s.appendChild(points);
    var marks = 0, unplaced = 0;
    rows.forEach(function (r) {
      var lat = Number(value(r[latVar])), lon = Number(value(r[lonVar]));
      if (!r[latVar] || !r[lonVar] || isNaN(lat) || isNaN(lon)) { unplaced++; return; }
      var p = P(lon, lat);
      var c = el('circle', { cx: p[0], cy: p[1], r: 4, 'class': 'mark' });
      c.appendChild(el('title', {}, label ? value(r[label]) : lat + ', ' + lon));
      points.appendChild(c);
      marks++;
    });
    if (unplaced) {
      var note = document.createElement('p');
      note.className = 'note';
      note.textContent = unplaced + ' of ' + rows.length + ' rows have no coordinates and are not on the map.';
      host.appendChild(note);
    }
    fetch('/assets/vendor/world-atlas/countries-110m.json').then(function (r) { return r.json(); }).then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      land.features.forEach(function (f) {
        var polys = f.geometry ? (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) : [];
        var d = '';
        polys.forEach(function (poly) {
          poly.forEach(function (ring) {
            // A ring that crosses the antimeridian jumps across the map: start a new subpath there.
            ring.forEach(function (pt, i) {
              var p = P(pt[0], pt[1]);
              var jump = i > 0 && Math.abs(pt[0] - ring[i - 1][0]) > 180;
              d += (i === 0 || jump ? 'M' : 'L') + p[0].toFixed(1) + ',' + p[1].toFixed(1);
            });
          });
        });
        var path = el('path', { d: d });
        if (f.properties && f.properties.name) path.appendChild(el('title', {}, f.properties.name));
        base.appendChild(path);
      });
      document.body.setAttribute('data-basemap', String(land.features.length));
      done(marks);
    }).catch(function (e) {
      document.body.setAttribute('data-basemap', 'failed');
      done(marks);
    });
  }

  function timeline() {
    var dateVar = vars.filter(function (v) { return rows.some(function (r) { return !isNaN(when(r[v])) && r[v].datatype; }); })[0];
    if (!dateVar) return empty('A timeline needs a column of dates or years.');
    var label = vars.filter(function (v) { return v !== dateVar && !isNumericColumn(v); })[0] || dateVar;
    var dated = rows.filter(function (r) { return !isNaN(when(r[dateVar])); });
    var undated = rows.length - dated.length;
    dated.sort(function (a, b) { return when(a[dateVar]) - when(b[dateVar]); });
    if (!dated.length) return empty('No row has a date.');
    var minT = Math.floor(when(dated[0][dateVar])), maxT = Math.ceil(when(dated[dated.length - 1][dateVar]) + 0.01);
    if (minT === maxT) maxT++;
    var w = 960, l = 40, r = 480, rowH = 22, top = 40;
    var h = top + rowH * dated.length + 20;
    var s = svg(w, h);
    function X(t) { return l + (t - minT) / (maxT - minT) * (w - l - r); }
    var span = maxT - minT, stepYears = span <= 12 ? 1 : span <= 30 ? 5 : 10;
    for (var y = Math.ceil(minT / stepYears) * stepYears; y <= maxT; y += stepYears) {
      s.appendChild(el('line', { x1: X(y), x2: X(y), y1: top - 10, y2: h - 10, 'class': 'grid' }));
      s.appendChild(el('text', { x: X(y), y: top - 16, 'class': 'tick', 'text-anchor': 'middle' }, String(y)));
    }
    dated.forEach(function (row, i) {
      var t = when(row[dateVar]), yy = top + i * rowH + 6;
      var c = el('circle', { cx: X(t), cy: yy, r: 5, 'class': 'mark' });
      c.appendChild(el('title', {}, value(row[dateVar]) + ' ' + value(row[label])));
      s.appendChild(c);
      s.appendChild(el('text', { x: w - r + 10, y: yy + 4, 'class': 'label' }, value(row[dateVar]) + '  ' + value(row[label]).slice(0, 70)));
    });
    if (undated) {
      var note = document.createElement('p');
      note.className = 'note';
      note.textContent = undated + ' of ' + rows.length + ' rows have no date and are not on the timeline.';
      host.appendChild(note);
    }
    done(dated.length);
  }

  if (!rows.length) return empty('The query returned no rows.');
  ({ bar: bar, line: line, map: map, timeline: timeline }[view] || function () { empty('Unknown view.'); })();
})();
