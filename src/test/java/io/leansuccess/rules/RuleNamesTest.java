package io.leansuccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule's name is its explanation, and a team changes thresholds without renaming rules: a name
 * that carries a number ("below 40%", "two of three") turns false the day the number changes.
 */
class RuleNamesTest {

  private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
  private static final Pattern NUMBER =
      Pattern.compile(
          "\\d|%|\\b(two|three|four|five|six|ten|twice|half|dozen)\\b", Pattern.CASE_INSENSITIVE);

  @Test
  void shouldNameNoRuleAfterAThreshold() throws IOException {
    List<String> names = ruleNames();

    assertThat(names).hasSizeGreaterThan(40);
    assertThat(names).noneMatch(name -> NUMBER.matcher(name).find());
  }

  private static List<String> ruleNames() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      return files
          .filter(file -> file.toString().endsWith(".drl"))
          .flatMap(RuleNamesTest::namesIn)
          .toList();
    }
  }

  private static Stream<String> namesIn(Path file) {
    try {
      Matcher matcher = RULE.matcher(Files.readString(file));
      Stream.Builder<String> names = Stream.builder();
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names.build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
