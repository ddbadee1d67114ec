// Draws the bureau dashboard's charts from the JSON in #bureau-charts[data-charts] (no inline script: CSP).
(function () {
  'use strict';
  var holder = document.getElementById('bureau-charts');
  if (!holder || typeof window.echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-charts'));
  var charts = [];

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var chart = window.echarts.init(el);
    chart.setOption(option);
    charts.push(chart);
  }

  function yuan(v) {
    return Number(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  draw('chart-trend', {
    title: { text: data.trend.title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: yuan },
    legend: { top: 24 },
    grid: { top: 64, left: 80, right: 24, bottom: 32 },
    xAxis: { type: 'category', data: data.trend.months },
    yAxis: { type: 'value' },
    series: data.trend.series.map(function (s, i) {
      return { name: s.name, type: 'line', data: s.data.map(Number), lineStyle: i === 2 ? { type: 'dashed' } : undefined };
    })
  });

  draw('chart-flows', {
    title: { text: data.flows.title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: yuan },
    legend: { top: 24 },
    grid: { top: 64, left: 80, right: 16, bottom: 64 },
    xAxis: { type: 'category', data: data.flows.names, axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value' },
    series: [
      { name: data.flows.currentName, type: 'bar', data: data.flows.current.map(Number) },
      { name: data.flows.lastYearName, type: 'bar', data: data.flows.lastYear.map(Number) }
    ]
  });

  data.breakdowns.forEach(function (b) {
    draw('chart-' + b.key, {
      title: { text: b.title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', valueFormatter: yuan },
      series: [{ type: 'pie', radius: ['35%', '65%'], top: 30,
        data: b.items.map(function (i) { return { name: i.name, value: Number(i.value) }; }) }]
    });
  });

  if (data.gauges.length) {
    var width = 100 / data.gauges.length;
    draw('chart-gauges', {
      tooltip: { formatter: '{a}<br/>{b}: {c}%' },
      series: data.gauges.map(function (g, i) {
        var centre = (width * i + width / 2) + '%';
        return { name: g.name, type: 'gauge', center: [centre, '60%'], radius: Math.min(90, width * 1.6) + '%',
          min: 0, max: 100, detail: { formatter: '{value}%', fontSize: 14 }, title: { fontSize: 11 },
          data: [{ value: Number(g.progress), name: g.progressName },
                 { value: Number(g.elapsed), name: g.elapsedName, title: { offsetCenter: ['0%', '95%'] },
                   detail: { offsetCenter: ['0%', '115%'] } }] };
      })
    });
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
}());
