package newsgraph.serve;

/** The start page: a name search and the who-met-whom network drawn with vis-network. */
final class StartPage {
  private StartPage() {}

  static String render() {
    return Html.page("Who met whom", """
        <h1>Who met whom</h1>
        <p><input id="q" type="search" placeholder="Search a name…" aria-label="Search a name"> <span id="hits"></span></p>
        <div id="network" data-drawn-nodes="0" data-errors="0"></div>
        <p class="evidence">People, countries and organisations are nodes; meetings are edges, labelled with their dates.
        A dashed edge is a meeting that has not taken place: planned, refused, cancelled, denied or hypothetical.
        Click a node for its page. Data: <a href="/api/network">JSON</a>, <a href="/sparql">SPARQL</a>.</p>
        <script>
          var errors = 0;
          window.addEventListener('error', function () { errors++; document.getElementById('network').dataset.errors = errors; });
        </script>
        <script src="/static/vendor/vis-network/vis-network.min.js"></script>
        <script>
          fetch('/api/network').then(function (r) { return r.json(); }).then(function (data) {
            var container = document.getElementById('network');
            var colours = {Person: '#7ab8f5', Country: '#f5c77a', Organization: '#a8e0a0'};
            data.nodes.forEach(function (n) { n.color = colours[n.group] || '#ddd'; n.shape = n.group === 'Person' ? 'dot' : 'box'; });
            var network = new vis.Network(container, {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)},
              {physics: {stabilization: {iterations: 200}}, edges: {font: {size: 10}}});
            network.once('afterDrawing', function () { container.dataset.drawnNodes = network.body.nodeIndices.length; });
            network.on('doubleClick', open); network.on('click', open);
            function open(p) { if (p.nodes.length) { var n = data.nodes.find(function (x) { return x.id === p.nodes[0]; }); if (n) location.href = n.url; } }
          }).catch(function (e) { errors++; document.getElementById('network').dataset.errors = errors; console.error(e); });
          document.getElementById('q').addEventListener('input', function (ev) {
            fetch('/api/search?q=' + encodeURIComponent(ev.target.value)).then(function (r) { return r.json(); }).then(function (hits) {
              document.getElementById('hits').innerHTML = hits.map(function (h) {
                var a = document.createElement('a'); a.href = h.url; a.textContent = h.label + ' (' + h.type + ')'; return a.outerHTML;
              }).join(' · ');
            });
          });
        </script>
        """);
  }
}
