package io.leansuccess.crmdata;

import java.util.List;

/** Runs requests as {@code CompleteCrmDataProcess}; the engine stays behind this port. */
public interface CrmDataProcesses {

  /**
   * Starts the request's process (message {@code CrmDataIncomplete}).
   *
   * @param reasons what is missing, in the words of the rules
   * @return the process instance id
   */
  String start(CrmDataRequest request, List<String> reasons);

  /** The data arrived: the request's process ends (message {@code CrmDataCompleted}). */
  void completed(String processInstanceId, String contractId);
}
