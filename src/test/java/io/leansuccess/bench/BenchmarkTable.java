package io.leansuccess.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The suite's last step: every benchmark's ratios in one table (mvn -Pbench verify). */
public final class BenchmarkTable {

  private BenchmarkTable() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    if (!Files.isDirectory(directory)) {
      System.out.println("No benchmark results in " + directory);
      return;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(file -> file.toString().endsWith(".tsv")).sorted().toList();
    }
    System.out.println();
    System.out.println("Benchmarks: ratios of runs side by side (docs/benchmarks.md)");
    System.out.println(BenchmarkResult.HEADER);
    for (Path file : files) {
      Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(BenchmarkResult::ofTsv)
          .forEach(result -> System.out.println(result.row()));
    }
  }
}
