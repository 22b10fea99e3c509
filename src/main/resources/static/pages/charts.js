// Draws every <canvas data-chart="..."> with Chart.js. The data comes as JSON in an escaped
// attribute, so nothing from the database is ever evaluated as script.
document.addEventListener('DOMContentLoaded', () => {
  // no inline handlers: the pages' Content-Security-Policy runs only scripts from files
  document.querySelectorAll('button.print').forEach((button) => button.addEventListener('click', () => window.print()));
  const colours = ['#8c96a5', '#2f6fdf', '#1f9d55', '#d97706'];
  document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
    const chart = JSON.parse(canvas.dataset.chart);
    // a chart of levels (health) is a stepped line whose points take their level's colour
    const levels = chart.levels;
    new Chart(canvas, {
      type: levels ? 'line' : (canvas.dataset.chartType || 'bar'),
      data: {
        labels: chart.labels,
        datasets: chart.datasets.map((dataset, i) => levels ? {
          label: dataset.label, data: dataset.data, stepped: true, borderColor: colours[0], pointRadius: 5,
          pointBackgroundColor: dataset.data.map((value) => levels[value].colour)
        } : {
          label: dataset.label, data: dataset.data, backgroundColor: dataset.colours || colours[i % colours.length],
          borderColor: colours[i % colours.length]
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // printing draws the final chart, not a frame of the animation
        animation: window.matchMedia('print').matches ? false : undefined,
        plugins: { title: { display: true, text: chart.title }, legend: { display: chart.datasets.length > 1 } },
        scales: levels
          ? { x: { offset: true },
              y: { min: 0, max: levels.length - 1, ticks: { stepSize: 1, callback: (value) => levels[value] && levels[value].name } } }
          : { y: { beginAtZero: true } }
      }
    });
  });
});
