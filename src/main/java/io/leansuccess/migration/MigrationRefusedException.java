package io.leansuccess.migration;

/** A migration plan that would leave instances behind or break them: refused, with every reason. */
public class MigrationRefusedException extends RuntimeException {

  private final transient MigrationReport report;

  MigrationRefusedException(MigrationReport report) {
    super(
        "Running "
            + report.processKey()
            + " instances cannot be moved to version "
            + report.target().version());
    this.report = report;
  }

  public MigrationReport report() {
    return report;
  }
}
