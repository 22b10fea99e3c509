package io.leansuccess.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a CSM needs to know before talking renewal, answered from live data, each of the six
 * questions in {@link RenewalQuestion}'s order.
 *
 * @param healthColour the latest health colour, null before the first evaluation
 * @param openGetWellPlan whether a get-well plan is open for the account
 */
public record RenewalBrief(
    String accountId,
    String accountName,
    LocalDate renewalDate,
    long daysToRenewal,
    String healthColour,
    boolean openGetWellPlan,
    List<BriefAnswer> answers) {

  public RenewalBrief {
    answers = List.copyOf(answers);
  }

  public Optional<BriefAnswer> answer(RenewalQuestion question) {
    return answers.stream().filter(answer -> answer.question() == question).findFirst();
  }

  public List<RenewalQuestion> unanswered() {
    return answers.stream()
        .filter(answer -> !answer.answered())
        .map(BriefAnswer::question)
        .toList();
  }

  /**
   * The brief with the CSM's answers to the questions the data could not answer; blank answers and
   * answers to questions the data did answer change nothing.
   */
  public RenewalBrief answeredBy(Map<RenewalQuestion, String> csmAnswers) {
    List<BriefAnswer> merged =
        answers.stream()
            .map(
                answer -> {
                  String given = csmAnswers.get(answer.question());
                  return answer.answered() || given == null || given.isBlank()
                      ? answer
                      : BriefAnswer.fromCsm(answer.question(), given.strip());
                })
            .toList();
    return new RenewalBrief(
        accountId, accountName, renewalDate, daysToRenewal, healthColour, openGetWellPlan, merged);
  }

  /** The facts the readiness rules judge. */
  public ReadinessFacts facts() {
    return new ReadinessFacts(
        accountId, daysToRenewal, healthColour, openGetWellPlan, unanswered().size());
  }
}
