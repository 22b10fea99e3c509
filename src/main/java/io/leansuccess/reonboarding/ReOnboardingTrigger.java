package io.leansuccess.reonboarding;

/** Why a segment needs re-onboarding (seed 001, "continuous onboarding"). */
public enum ReOnboardingTrigger {
  /** The CRM raised the segment's licensed users past those it had when it was trained. */
  LICENCES_RAISED,
  /** More users are active in the segment than were trained. */
  ACTIVE_USERS_JUMPED,
  /** The account's ARR grew since the segment was trained: an expansion. */
  ARR_RAISED,
  /** A feature was released: its users need re-education. */
  FEATURE_RELEASED
}
