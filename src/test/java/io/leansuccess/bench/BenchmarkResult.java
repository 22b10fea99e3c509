package io.leansuccess.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * One comparison of a benchmark: what we measured ({@code ours}) beside what it is compared with
 * ({@code baseline}), run side by side in the same run, as a ratio with its target. Absolute
 * numbers on a shared machine are noise; the ratio is what a benchmark claims.
 *
 * @param ratioTarget the least ratio that meets the target ({@code higherIsBetter}) or the most
 *     ({@code !higherIsBetter}); NaN when the comparison has no target, only a number to report
 */
public record BenchmarkResult(
    String benchmark,
    String comparison,
    String unit,
    double ours,
    double baseline,
    double ratioTarget,
    boolean higherIsBetter) {

  /** Where the suite collects its results (-Dbenchmark.results); null outside the suite. */
  static final String RESULTS = "benchmark.results";

  public double ratio() {
    return ours / baseline;
  }

  public String verdict() {
    if (Double.isNaN(ratioTarget)) {
      return "";
    }
    return (higherIsBetter ? ratio() >= ratioTarget : ratio() <= ratioTarget) ? "met" : "MISSED";
  }

  String target() {
    return Double.isNaN(ratioTarget) ? "" : (higherIsBetter ? ">= " : "<= ") + format(ratioTarget);
  }

  String tsv() {
    return String.join(
        "\t",
        benchmark,
        comparison,
        unit,
        Double.toString(ours),
        Double.toString(baseline),
        Double.toString(ratioTarget),
        Boolean.toString(higherIsBetter));
  }

  static BenchmarkResult ofTsv(String line) {
    String[] f = line.split("\t");
    return new BenchmarkResult(
        f[0],
        f[1],
        f[2],
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4]),
        Double.parseDouble(f[5]),
        Boolean.parseBoolean(f[6]));
  }

  String row() {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %s | %s | %s | %s |",
        benchmark,
        comparison + " (" + unit + ")",
        format(ours),
        format(baseline),
        format(ratio()),
        target(),
        verdict());
  }

  static final String HEADER =
      "| benchmark | comparison | ours | baseline | ratio | target | |\n|---|---|---|---|---|---|---|";

  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    double magnitude = Math.abs(value);
    if (magnitude != 0 && magnitude < 0.1) {
      return String.format(Locale.ROOT, "%.2g", value);
    }
    return String.format(
        Locale.ROOT, magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
  }

  /** Prints the results and, inside the suite, adds them to its results for the final table. */
  public static void report(String benchmark, List<BenchmarkResult> results) {
    System.out.println();
    System.out.println(HEADER);
    results.forEach(result -> System.out.println(result.row()));
    String directory = System.getProperty(RESULTS);
    if (directory == null) {
      return;
    }
    try {
      Path dir = Files.createDirectories(Path.of(directory));
      Files.write(
          dir.resolve(benchmark + ".tsv"),
          results.stream().map(BenchmarkResult::tsv).toList(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
