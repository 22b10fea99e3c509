package io.leansuccess.renewal;

/**
 * "Renewal play? Not so fast" (seed 003): what a CSM must be able to answer before talking renewal,
 * in the order the brief asks them. The key names the question's variables in the readiness task
 * ({@code briefWhoTheyAre}, {@code answerWhoTheyAre}).
 */
public enum RenewalQuestion {
  WHO_THEY_ARE("WhoTheyAre", "Who are they?"),
  RELATIONSHIP_HEALTH("RelationshipHealth", "How healthy is the relationship, and its trend?"),
  CHALLENGES_OVERCOME("ChallengesOvercome", "Which challenges did they overcome to get value?"),
  MATURITY("Maturity", "Where are they on the maturity scale?"),
  EXPECTED_VALUE("ExpectedValue", "When did they expect value, and what happened?"),
  REASONS_TO_REINVEST("ReasonsToReinvest", "Why should they be excited to reinvest?");

  private final String key;
  private final String text;

  RenewalQuestion(String key, String text) {
    this.key = key;
    this.text = text;
  }

  public String key() {
    return key;
  }

  public String text() {
    return text;
  }

  /** The process variable holding the brief's answer, shown in the task form. */
  public String briefVariable() {
    return "brief" + key;
  }

  /** The task form's field where the CSM answers what the data could not. */
  public String answerVariable() {
    return "answer" + key;
  }
}
