// Draws every <canvas data-chart="..."> with Chart.js. The data comes as JSON in an escaped
// attribute, so nothing from the database is ever evaluated as script.
document.addEventListener('DOMContentLoaded', () => {
  const colours = ['#8c96a5', '#2f6fdf', '#1f9d55', '#d97706'];
  document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
    const chart = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: canvas.dataset.chartType || 'bar',
      data: {
        labels: chart.labels,
        datasets: chart.datasets.map((dataset, i) => ({
          label: dataset.label, data: dataset.data, backgroundColor: colours[i % colours.length]
        }))
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // printing draws the final chart, not a frame of the animation
        animation: window.matchMedia('print').matches ? false : undefined,
        plugins: { title: { display: true, text: chart.title }, legend: { display: chart.datasets.length > 1 } },
        scales: { y: { beginAtZero: true } }
      }
    });
  });
});
