package io.leansuccess.usecase;

/** What shortlisting concluded about one use case. */
public enum ShortlistVerdict {
  SHORTLISTED,
  NOT_SHORTLISTED,
  /** Pre-existing use cases skip shortlisting: they are captured and shared. */
  CAPTURED
}
