package io.leansuccess.account;

/** How an account is cut into segments, each with its own maturity level. */
public enum SegmentKind {
  BUSINESS_UNIT,
  GEOGRAPHY,
  VERTICAL
}
