package io.leansuccess.renewal;

/**
 * One question of the brief and its answer.
 *
 * @param answered false when the live data cannot answer it: {@code answer} then says what is
 *     missing
 * @param byCsm true when the CSM answered it in the readiness task, where the data could not
 */
public record BriefAnswer(
    RenewalQuestion question, boolean answered, String answer, boolean byCsm) {

  public static BriefAnswer fromData(RenewalQuestion question, String answer) {
    return new BriefAnswer(question, true, answer, false);
  }

  public static BriefAnswer missing(RenewalQuestion question, String whatIsMissing) {
    return new BriefAnswer(question, false, "The data cannot answer this: " + whatIsMissing, false);
  }

  public static BriefAnswer fromCsm(RenewalQuestion question, String answer) {
    return new BriefAnswer(question, true, answer, true);
  }

  /** How the task form shows it: flagged when the data has no answer. */
  public String shown() {
    return answered ? answer : "⚠ " + answer;
  }
}
