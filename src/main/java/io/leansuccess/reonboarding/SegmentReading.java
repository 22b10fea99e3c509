package io.leansuccess.reonboarding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A segment now set against the base that was trained: the fact {@code
 * rules/ContinuousOnboarding.drl} judges. Absent readings (no active users counted yet, no ARR
 * known, no feature released) are null, and the rules that need them stay silent.
 *
 * @param trainedUsers the users trained when the last onboarding or re-onboarding of the segment
 *     completed
 * @param trainedLicences the segment's licensed users then
 * @param trainedArr the account's ARR then
 * @param featureReleased the feature just released, or null
 */
public record SegmentReading(
    String accountId,
    String segmentKey,
    int trainedUsers,
    int trainedLicences,
    BigDecimal trainedArr,
    int licensedUsers,
    Integer activeUsers,
    BigDecimal arr,
    String featureReleased) {

  /** Licensed users added since training, as a share of the licences then; 0 without a base. */
  public double licenceGrowth() {
    return trainedLicences <= 0 ? 0 : (double) (licensedUsers - trainedLicences) / trainedLicences;
  }

  /** Active users beyond those trained, as a share of them; 0 when unknown. */
  public double activeUsersOverBase() {
    return activeUsers == null || trainedUsers <= 0
        ? 0
        : (double) (activeUsers - trainedUsers) / trainedUsers;
  }

  /** ARR growth since training, as a share of the ARR then; 0 when unknown. */
  public double arrGrowth() {
    if (arr == null || trainedArr == null || trainedArr.signum() <= 0) {
      return 0;
    }
    return arr.subtract(trainedArr).divide(trainedArr, 10, RoundingMode.HALF_EVEN).doubleValue();
  }

  public boolean hasFeatureReleased() {
    return featureReleased != null;
  }
}
