package io.leansuccess.health;

/**
 * What the rules need to know about the account's earlier evaluations.
 *
 * @param greenStreakBefore consecutive green evaluations just before this one
 * @param escalated a get-well plan was asked for and the account has not recovered since
 */
public record HealthHistory(int greenStreakBefore, boolean escalated) {

  public static final HealthHistory NONE = new HealthHistory(0, false);
}
