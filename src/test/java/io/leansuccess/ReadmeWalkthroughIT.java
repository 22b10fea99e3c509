package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's "A first cycle from the command line", run as written with bash and curl against the
 * running product (only its port differs): every call answers 2xx, and it is one account.
 */
@LeanSuccessIntegrationTest
class ReadmeWalkthroughIT {

  private static final String SECTION = "### A first cycle from the command line";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldTakeOneAccountFromContractToARunningCycleWithEveryCallAnswering2xx(@TempDir Path dir)
      throws IOException, InterruptedException {
    int accountsBefore = accounts();
    String walkthrough = walkthrough().replace("http://localhost:8080", "http://localhost:" + port);
    Path script = dir.resolve("walkthrough.sh");
    // every curl fails the script on an answer of 400 or more; the answers are printed
    Files.writeString(
        script,
        """
        set -euo pipefail
        curl() { command curl --silent --show-error --fail-with-body "$@"; echo; }
        """
            + walkthrough,
        StandardCharsets.UTF_8);

    Process bash =
        new ProcessBuilder("bash", script.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(bash.exitValue()).as(output).isZero();
    assertThat(accounts()).as("one account, from contract to cycle").isEqualTo(accountsBefore + 1);
    assertThat(output).contains("\"accountId\":\"acme\"").contains("\"stage\":\"ENVISION\"");
    assertThat(Files.readAllBytes(dir.resolve("success-plan.pdf")))
        .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
  }

  private int accounts() {
    return jdbc.queryForObject("select count(*) from ls_account", Integer.class);
  }

  private static String walkthrough() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf(SECTION);
    assertThat(section).as("the README's walkthrough").isNotNegative();
    int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }
}
