package io.leansuccess.champion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * A customer's user who promotes adoption among colleagues: the champions network of a launch, and
 * one of the things the Advocacy level asks for.
 *
 * @param email lower-cased: one person is one champion whatever the CRM's spelling
 * @param segmentKey the segment the champion works in; null for one who champions the whole
 *     account, and who then counts for every segment
 * @param since when the account first named this champion
 */
public record Champion(
    String accountId, String email, String name, String segmentKey, Instant since) {

  public Champion {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(since, "since");
    email = normalizedEmail(email);
    since = since.truncatedTo(ChronoUnit.MICROS);
  }

  public static String normalizedEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /** The same champion with another name or segment; {@code since} stays. */
  public Champion with(String newName, String newSegmentKey) {
    return new Champion(accountId, email, newName, newSegmentKey, since);
  }
}
