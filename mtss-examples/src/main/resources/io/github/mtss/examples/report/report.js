// Draws every chart of the page from the JSON data block HtmlReport writes, all the same way:
// a title and both axis titles, whole-number ticks for counts, 0 to 100 % for shares. Then it
// marks each canvas with the pixels of its bars (data-bar-pixels: pixels of a series' colour
// inside the plot area, so not the legend) or its error (data-chart-error), and the page with
// how many charts drew (data-charts-drawn), so a browser check can see them. A chart whose
// values are all 0 has no bars: it counts as drawn when its axes are (data-empty).
const DATA = JSON.parse(document.getElementById('data').textContent);

function axis(title, stacked) {
  return {stacked: stacked, title: {display: true, text: title}};
}

function options(spec) {
  const values = Object.assign(axis(spec.valueTitle, spec.stacked), spec.percent
    ? {min: 0, max: 100, ticks: {callback: v => v + ' %'}}
    : {beginAtZero: true, ticks: {precision: 0}});
  const categories = Object.assign(axis(spec.categoryTitle, spec.stacked),
    {ticks: {autoSkip: false}});
  const unit = spec.percent ? ' %' : '';
  return {
    indexAxis: spec.horizontal ? 'y' : 'x',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      title: {display: true, text: spec.title, font: {size: 15}},
      tooltip: {callbacks: {label: c => c.dataset.label + ': ' + c.formattedValue + unit}}
    },
    scales: spec.horizontal ? {x: values, y: categories} : {x: categories, y: values}
  };
}

function draw(canvas) {
  const spec = DATA.charts[canvas.dataset.chart];
  if (spec.horizontal) {
    canvas.parentElement.style.height = (120 + 26 * spec.labels.length) + 'px';
  }
  return new Chart(canvas, {
    type: 'bar',
    data: {labels: spec.labels, datasets: spec.datasets.map(d => ({
      label: d.label, data: d.data, backgroundColor: d.colour}))},
    options: options(spec)
  });
}

// Counts the opaque pixels of the area (in CSS pixels) whose colour is one of these, or of any
// colour when none is given.
function pixels(chart, area, colours) {
  const ratio = chart.currentDevicePixelRatio;
  const data = chart.ctx.getImageData(Math.floor(area.left * ratio), Math.floor(area.top * ratio),
    Math.max(1, Math.floor((area.right - area.left) * ratio)),
    Math.max(1, Math.floor((area.bottom - area.top) * ratio))).data;
  const wanted = new Set(colours.map(c => c.toLowerCase()));
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const hex = '#' + [data[i], data[i + 1], data[i + 2]]
      .map(v => v.toString(16).padStart(2, '0')).join('');
    count += data[i + 3] === 255 && (wanted.size === 0 || wanted.has(hex)) ? 1 : 0;
  }
  return count;
}

function check(canvas, chart) {
  const spec = DATA.charts[canvas.dataset.chart];
  const bars = pixels(chart, chart.chartArea, spec.datasets.map(d => d.colour));
  canvas.dataset.barPixels = String(bars);
  if (spec.datasets.every(d => d.data.every(v => v === 0))) {
    canvas.dataset.empty = 'true';
    return pixels(chart, {left: 0, top: 0, right: chart.width, bottom: chart.height}, []) > 0;
  }
  return bars > 0;
}

let drawn = 0;
const canvases = document.querySelectorAll('canvas[data-chart]');
canvases.forEach(canvas => {
  try {
    const ok = check(canvas, draw(canvas));
    canvas.dataset.drawn = String(ok);
    drawn += ok ? 1 : 0;
  } catch (e) {
    canvas.dataset.chartError = String(e);
  }
});
document.documentElement.dataset.chartsDrawn = drawn + ' of ' + canvases.length;
