// Draws the report from the JSON in #report-data: plotly.js charts and sortable, filterable
// tables. Text from the input is only ever set as text nodes, never parsed as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var config = { displayModeBar: false, responsive: true };
  var drawn = [];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function plot(id, traces, layout) {
    // automargin: long rule ids and host names get the room they need, short ones no more
    layout = Object.assign({ margin: { t: 10, r: 10, b: 40, l: 10 }, font: { size: 12 } }, layout);
    ["xaxis", "yaxis"].forEach(function (axis) {
      layout[axis] = Object.assign({ automargin: true }, layout[axis]);
    });
    drawn.push(Plotly.newPlot(id, traces, layout, config));
  }

  function hide(section, nav) {
    document.getElementById(section).hidden = true;
    if (nav) document.getElementById(nav).hidden = true;
  }

  // A table: click a header to sort (again to reverse), type to keep the rows containing it.
  function table(id, columns, rows) {
    var box = document.getElementById(id);
    var filter = el("input", { type: "search", class: "filter", placeholder: "Filter rows…",
                               "aria-label": "Filter rows" });
    var tbody = el("tbody");
    var heads = columns.map(function (c) { return el("th", { scope: "col" }, [c.label]); });
    var shown = rows.slice(), key = null, dir = 1;
    function render() {
      var needle = filter.value.toLowerCase();
      tbody.textContent = "";
      shown.forEach(function (row) {
        if (needle && row._text.indexOf(needle) < 0) return;
        tbody.appendChild(el("tr", {}, columns.map(function (c) {
          var cell = el("td", { class: c.num ? "num" : "" });
          var content = c.render ? c.render(row) : row[c.key];
          cell.appendChild(typeof content === "object" && content !== null
                           ? content : document.createTextNode(content == null ? "" : content));
          return cell;
        })));
      });
    }
    rows.forEach(function (row) {
      row._text = columns.map(function (c) {
        return typeof row[c.key] === "object" ? "" : row[c.key];
      }).join(" ").toLowerCase();
    });
    heads.forEach(function (th, i) {
      th.addEventListener("click", function () {
        var c = columns[i];
        dir = key === c.key ? -dir : (c.num ? -1 : 1);
        key = c.key;
        heads.forEach(function (h) { h.className = ""; });
        th.className = dir > 0 ? "asc" : "desc";
        shown.sort(function (a, b) {
          var x = a[key], y = b[key];
          if (x == null) x = ""; if (y == null) y = "";
          return (x < y ? -1 : x > y ? 1 : 0) * dir;
        });
        render();
      });
    });
    filter.addEventListener("input", render);
    box.appendChild(filter);
    box.appendChild(el("table", {}, [el("thead", {}, [el("tr", {}, heads)]), tbody]));
    render();
  }

  function ruleLink(row) {
    return el("a", { href: row.url, target: "_blank", rel: "noopener" }, [row.rule]);
  }

  function snippets(row) {
    var box = el("div");
    row.snippets.forEach(function (s) {
      box.appendChild(el("div", { class: "snippet" }, [
        el("span", { class: "sev-" + s.severity }, [s.line + ":" + s.column + " " + s.rule + " "]),
        s.message, el("br"), s.before, el("mark", {}, [s.match]), s.after]));
    });
    if (row.findings > row.snippets.length)
      box.appendChild(el("div", {}, ["… and " + (row.findings - row.snippets.length) + " more"]));
    return box;
  }

  document.getElementById("version").textContent = data.version;

  var rules = data.bars.rules, sites = data.bars.sites;
  if (rules.length) {
    plot("chart-rules", [{ type: "bar", orientation: "h", marker: { color: "#d9534f" },
      y: rules.map(function (r) { return r[0]; }).reverse(),
      x: rules.map(function (r) { return r[1]; }).reverse() }],
      { height: 80 + 22 * rules.length });
    plot("chart-sites", [{ type: "bar", orientation: "h", marker: { color: "#f0ad4e" },
      y: sites.map(function (s) { return s[0]; }).reverse(),
      x: sites.map(function (s) { return s[1]; }).reverse() }],
      { height: 80 + 22 * sites.length });
    plot("chart-heat", [{ type: "heatmap", colorscale: "Reds", x: data.heat.rules,
      y: data.heat.sites.slice().reverse(), z: data.heat.z.slice().reverse(),
      hovertemplate: "%{y}<br>%{x}: %{z}<extra></extra>" }],
      { height: 160 + 24 * data.heat.sites.length, xaxis: { tickangle: -30 } });
  } else {
    hide("heat");
    document.getElementById("chart-rules").textContent = "No findings.";
    document.getElementById("chart-sites").textContent = "No findings.";
  }
  plot("chart-distribution", [{ type: "bar", marker: { color: "#5b8def" },
    x: data.per_document.map(function (b) { return b.findings; }),
    y: data.per_document.map(function (b) { return b.documents; }) }],
    { height: 300, xaxis: { title: { text: "findings in the document" }, type: "category" },
      yaxis: { title: { text: "documents" } } });
  if (data.days.length) {
    var days = data.days.map(function (d) { return d.day; });
    plot("chart-trend", [
      { type: "scatter", mode: "lines+markers", name: "findings", x: days,
        y: data.days.map(function (d) { return d.findings; }) },
      { type: "scatter", mode: "lines+markers", name: "documents", x: days, yaxis: "y2",
        y: data.days.map(function (d) { return d.documents; }) }],
      { height: 320, yaxis: { title: { text: "findings" } }, legend: { orientation: "h", y: 1.12 },
        yaxis2: { title: { text: "documents" }, overlaying: "y", side: "right", automargin: true } });
  } else {
    hide("trend", "nav-trend");  // the documents carry no date
  }

  table("table-rules", [
    { key: "rule", label: "Rule", render: ruleLink }, { key: "severity", label: "Severity" },
    { key: "findings", label: "Findings", num: true },
    { key: "documents", label: "Documents", num: true }], data.rules);
  table("table-sites", [
    { key: "site", label: "Site" }, { key: "documents", label: "Documents", num: true },
    { key: "with_findings", label: "With findings", num: true },
    { key: "findings", label: "Findings", num: true },
    { key: "per_document", label: "Findings per document", num: true }], data.sites);
  if (data.totals.sites > data.sites.length) {
    document.getElementById("table-sites").appendChild(el("p", {}, [
      "The " + data.sites.length + " sites with most findings of " + data.totals.sites + "."]));
  }
  table("table-worst", [
    { key: "path", label: "Path" }, { key: "record", label: "Record" }, { key: "site", label: "Site" },
    { key: "findings", label: "Findings", num: true }, { key: "rules", label: "Rules" },
    { key: "snippets", label: "Snippets", render: snippets }], data.worst);
  if (data.errors.length) {
    table("table-errors", [{ key: "path", label: "Path" }, { key: "record", label: "Record" },
                           { key: "message", label: "Message" }], data.errors);
  } else {
    hide("errors", "nav-errors");
  }
  Promise.all(drawn).then(function () {
    var root = document.documentElement;
    root.setAttribute("data-charts", String(drawn.length));
    // milliseconds from navigation to every chart drawn: what benchmarks/html_report.py reads
    root.setAttribute("data-drawn-ms", String(Math.round(performance.now())));
  });
})();
