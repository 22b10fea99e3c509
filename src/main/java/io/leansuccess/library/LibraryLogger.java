package io.leansuccess.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the use-case library did on its own, with the codes of {@code docs/logging.md}. */
public final class LibraryLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.leansuccess.library");

  private LibraryLogger() {}

  static void firstPipelineFilled(String accountId, int copied, int suggested) {
    LOG.info(
        "LS-LIBRARY-001 The first pipeline of account {} starts with {} use cases from the library ({} suggested)",
        accountId,
        copied,
        suggested);
  }

  static void entryNotCopied(String accountId, String entryId, String why) {
    LOG.warn(
        "LS-LIBRARY-003 Library entry {} was left out of the first pipeline of account {}: {}",
        entryId,
        accountId,
        why);
  }

  public static void suggestionsUnreadable(String accountId, RuntimeException cause) {
    LOG.warn(
        "LS-LIBRARY-002 The library's suggestions for account {} could not be read; the task shows a note",
        accountId,
        cause);
  }
}
