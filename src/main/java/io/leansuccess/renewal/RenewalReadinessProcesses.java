package io.leansuccess.renewal;

import java.time.LocalDate;

/** Runs {@code RenewalReadinessProcess}; the engine stays behind this port. */
public interface RenewalReadinessProcesses {

  /**
   * @return the process instance id
   */
  String start(String readinessId, String accountId, String accountName, LocalDate renewalDate);

  /** The renewal moved but is still close: the open readiness shows the new date. */
  void renewalMoved(String processInstanceId, LocalDate renewalDate);

  /** The renewal moved out of reach: the readiness and its tasks go. */
  void cancel(String processInstanceId, String reason);
}
