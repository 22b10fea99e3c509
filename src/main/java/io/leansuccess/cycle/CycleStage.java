package io.leansuccess.cycle;

/** The four stages of a lean success cycle, plus waiting for the next quarter and closed. */
public enum CycleStage {
  ENVISION,
  BUILD,
  MEASURE,
  REVISE,
  /** Revised; the next quarter's cycle starts when its timer fires. */
  WAITING_FOR_NEXT_QUARTER,
  CLOSED
}
