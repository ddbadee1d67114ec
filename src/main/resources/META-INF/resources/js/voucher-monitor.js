// Draws the voucher monitoring charts from the data-monitor attribute of the page (no inline script, so a strict CSP can hold).
(function () {
  'use strict';
  function init() {
    var block = document.getElementById('voucher-monitor-data');
    if (!block || !window.echarts) { return; }
    var data = JSON.parse(block.dataset.monitor);
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var name = el.getAttribute('data-chart');
      el.style.height = name === 'flows' ? '360px' : '320px';
      var chart = window.echarts.init(el);
      chart.setOption(name === 'flows' ? flows(data.flows) : bars(data[name] || []));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  function bars(rows) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['issued', 'redeemed'] },
      grid: { left: 80, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.label; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { name: 'issued', type: 'bar', data: rows.map(function (r) { return Number(r.issued); }) },
        { name: 'redeemed', type: 'bar', data: rows.map(function (r) { return Number(r.redeemed); }) }
      ]
    };
  }
  // the cross-city matrix as a heat map: holder city (rows) against provider city (columns)
  function flows(rows) {
    var from = [], to = [];
    rows.forEach(function (r) {
      if (from.indexOf(r.from) < 0) { from.push(r.from); }
      if (to.indexOf(r.to) < 0) { to.push(r.to); }
    });
    var max = rows.reduce(function (m, r) { return Math.max(m, Number(r.amount)); }, 0);
    return {
      tooltip: {},
      grid: { left: 80, bottom: 60 },
      xAxis: { type: 'category', data: to },
      yAxis: { type: 'category', data: from },
      visualMap: { min: 0, max: max || 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ type: 'heatmap', label: { show: true },
        data: rows.map(function (r) { return [to.indexOf(r.to), from.indexOf(r.from), Number(r.amount)]; }) }]
    };
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
