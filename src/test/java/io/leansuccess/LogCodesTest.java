package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Log codes are the handle an operator searches by: each one means one thing, and is documented.
 */
class LogCodesTest {

  private static final Pattern CODE = Pattern.compile("\"(LS-[A-Z]+-\\d{3}) ");

  @Test
  void shouldUseEveryCodeOnceAndDocumentIt() throws IOException {
    List<String> codes = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        Matcher matcher = CODE.matcher(Files.readString(source));
        while (matcher.find()) {
          codes.add(matcher.group(1));
        }
      }
    }
    String documented = Files.readString(Path.of("docs/logging.md"));

    assertThat(codes).isNotEmpty().doesNotHaveDuplicates();
    assertThat(codes).allSatisfy(code -> assertThat(documented).contains("`" + code + "`"));
    Matcher listed = Pattern.compile("`(LS-[A-Z]+-\\d{3})`").matcher(documented);
    while (listed.find()) {
      assertThat(codes).as("documented but never logged").contains(listed.group(1));
    }
  }
}
