// Draws the report's charts with Chart.js from the JSON data block HtmlReport writes.
const DATA = JSON.parse(document.getElementById('data').textContent);
const TIER_COLOURS = ['#4c9f70', '#f2b134', '#d1495b'];

function tierChart(id, byKey) {
  const labels = Object.keys(byKey);
  const series = [0, 1, 2].map(t => labels.map(k => {
    const v = byKey[k];
    return Array.isArray(v) ? v[t] : v[String(t + 1)];
  }));
  new Chart(document.getElementById(id), {
    type: 'bar',
    data: {labels, datasets: series.map((data, t) => ({
      label: 'Tier ' + (t + 1), data, backgroundColor: TIER_COLOURS[t]}))},
    options: {animation: false, scales: {x: {stacked: true}, y: {stacked: true}}}
  });
}

function pairChart(id, byKey, first, second, labelsOf) {
  const labels = Object.keys(byKey);
  if (labels.length === 0) { return; }
  new Chart(document.getElementById(id), {
    type: 'bar',
    data: {labels, datasets: [
      {label: labelsOf[0], data: labels.map(k => byKey[k][first]), backgroundColor: '#4c78a8'},
      {label: labelsOf[1], data: labels.map(k => byKey[k][second]), backgroundColor: '#e45756'}]},
    options: {animation: false}
  });
}

tierChart('chartTiersBySchool', DATA.tiersBySchool);
tierChart('chartTiersByGrade', DATA.tiersByGrade);
new Chart(document.getElementById('chartIndicators'), {
  type: 'bar',
  data: {labels: Object.keys(DATA.indicators), datasets: ['risk', 'severe', 'not_evaluated'].map(
    (level, i) => ({label: level, data: Object.values(DATA.indicators).map(d => d[level]),
      backgroundColor: ['#f2b134', '#d1495b', '#9d9d9d'][i]}))},
  options: {animation: false}
});
if (document.getElementById('chartNeeds')) {
  pairChart('chartNeeds', DATA.needs, 'met', 'unmet', ['met', 'unmet']);
  pairChart('chartPartners', DATA.partners, 'seats', 'used', ['seats (none: no seat limit)', 'used']);
}
