// The query editor: YASGUI over this server's endpoint, plus saved-query examples, permalinks,
// citations, embed snippets and table exports. Text from queries and results is only ever set with
// textContent or value.
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('workbench-config').textContent);
  var endpoint = new URL(cfg.endpoint, location.href).href;
  var $ = function (id) { return document.getElementById(id); };

  var yasgui = new Yasgui($('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: true,
    // No autocompleter that asks a service elsewhere (LOV for classes and properties).
    yasqe: { autocompleters: ['prefixes', 'variables'] },
    yasr: { pluginOrder: ['table', 'response'], defaultPlugin: 'table', prefixes: cfg.prefixes }
  });
  var tab = function () { return yasgui.getTab(); };
  tab().setEndpoint && tab().setEndpoint(endpoint);
  tab().setQuery(cfg.query);
  window.cityrightsYasgui = yasgui;

  cfg.views.forEach(function (v) {
    var o = document.createElement('option');
    o.value = v;
    o.textContent = v;
    $('embed-view').appendChild(o);
  });

  cfg.examples.forEach(function (ex) {
    var li = document.createElement('li');
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'example';
    b.setAttribute('data-name', ex.name);
    b.textContent = ex.summary;
    b.addEventListener('click', function () {
      tab().setQuery(ex.query);
      $('embed-view').value = ex.view;
      tab().query();
    });
    li.appendChild(b);
    $('example-list').appendChild(li);
  });

  function status(text) { $('status').textContent = text; }
  function panel(build) {
    var body = $('panel-body');
    while (body.firstChild) body.removeChild(body.firstChild);
    build(body);
    $('panel').hidden = false;
  }
  $('panel-close').addEventListener('click', function () { $('panel').hidden = true; });
  function node(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    for (var k in (attrs || {})) e.setAttribute(k, attrs[k]);
    return e;
  }
  function box(text, rows) {
    var t = node('textarea', null, { readonly: '', rows: String(rows || 8) });
    t.value = text;
    return t;
  }
  function fail(r) {
    return r.text().then(function (t) { throw new Error(t.trim() || ('HTTP ' + r.status)); });
  }

  // Saves the editor's query as a permalink (the same query, view and dataset version give the same link).
  function save() {
    status('Saving…');
    var form = new URLSearchParams();
    form.set('query', tab().getQuery());
    form.set('view', $('embed-view').value);
    return fetch('/q', { method: 'POST', headers: { 'Accept': 'application/json' }, body: form })
      .then(function (r) { return r.ok ? r.json() : fail(r); })
      .then(function (p) { status(''); return p; });
  }
  function onError(e) { status(e.message); }

  $('permalink').addEventListener('click', function () {
    save().then(function (p) {
      panel(function (body) {
        body.appendChild(node('h3', 'Permalink'));
        var a = node('a', p.url, { href: p.url, id: 'permalink-url' });
        body.appendChild(node('p')).appendChild(a);
        body.appendChild(node('p', 'Saved on dataset version ' + p.datasetVersion + ': ' + p.rowCount + ' rows, SHA-256 ' + p.sha256 + '.'));
      });
    }).catch(onError);
  });

  $('cite').addEventListener('click', function () {
    save().then(function (p) {
      return fetch('/q/' + p.id + '/cite?format=bibtex').then(function (r) { return r.ok ? r.text() : fail(r); })
        .then(function (bib) {
          panel(function (body) {
            body.appendChild(node('h3', 'Cite this result'));
            body.appendChild(node('p', p.rowCount + ' rows on dataset version ' + p.datasetVersion + ', SHA-256 of the canonical result ' + p.sha256 + '.'));
            body.appendChild(box(bib, 12)).id = 'citation-bibtex';
            var links = node('p', 'Download: ');
            [['BibTeX', 'bibtex'], ['CSL-JSON', 'csl'], ['RIS', 'ris']].forEach(function (f) {
              links.appendChild(node('a', f[0], { href: '/q/' + p.id + '/cite?format=' + f[1] }));
              links.appendChild(document.createTextNode(' '));
            });
            links.appendChild(node('a', 'permalink', { href: p.url }));
            body.appendChild(links);
          });
        });
    }).catch(onError);
  });

  $('embed').addEventListener('click', function () {
    var view = $('embed-view').value;
    var src = location.origin + '/embed?query=' + encodeURIComponent(tab().getQuery()) + '&view=' + encodeURIComponent(view);
    var snippet = '<iframe src="' + src.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '" width="100%" height="460" style="border:0" title="cityrights query result"></iframe>';
    panel(function (body) {
      body.appendChild(node('h3', 'Embed this result (' + view + ')'));
      body.appendChild(node('p', 'Paste this into a web page; it runs the query on this server each time it is shown.'));
      body.appendChild(box(snippet, 4)).id = 'embed-snippet';
      body.appendChild(node('p')).appendChild(node('a', 'Open the embed on its own', { href: src, target: '_blank', rel: 'noopener' }));
      body.appendChild(node('iframe', null, { src: src, title: 'preview', 'class': 'preview' }));
    });
  });

  function exportTable(format, label) {
    save().then(function (p) {
      var url = '/q/' + p.id + '/results?format=' + format;
      return fetch(url).then(function (r) { return r.ok ? r.text() : fail(r); }).then(function (text) {
        panel(function (body) {
          body.appendChild(node('h3', label));
          body.appendChild(box(text, 14)).id = 'export-' + format;
          body.appendChild(node('p')).appendChild(node('a', 'Download', { href: url, download: 'cityrights-' + p.id + '.' + format }));
        });
      });
    }).catch(onError);
  }
  $('latex').addEventListener('click', function () { exportTable('tex', 'LaTeX table (booktabs)'); });
  $('markdown').addEventListener('click', function () { exportTable('md', 'Markdown table'); });
})();
