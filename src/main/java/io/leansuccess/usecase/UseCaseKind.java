package io.leansuccess.usecase;

/** Whether a use case was found already happening or is planned by the CS team. */
public enum UseCaseKind {
  /** Already happening: captured and shared, the most valuable kind, never shortlisted. */
  PRE_EXISTING,
  PLANNED
}
