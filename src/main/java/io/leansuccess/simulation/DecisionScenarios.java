package io.leansuccess.simulation;

import io.leansuccess.account.Account;
import io.leansuccess.decision.Decision;
import java.util.Collection;
import java.util.List;

/**
 * What one decision is asked about the current portfolio, read without changing anything: the
 * subjects of a chunk of accounts with the facts the decision would be given, and what a verdict
 * means to a CS leader.
 */
interface DecisionScenarios {

  /** The decision, named after its DRL file. */
  String decisionName();

  /** What the decision is about, plural and lower case: "accounts", "use cases", "segments". */
  String subjects();

  /** The subjects of these accounts with their facts, as the decision would be given them now. */
  List<Scenario> scenarios(Collection<Account> accounts);

  /** What the decision concluded about the scenario's subject. */
  Verdict verdict(Scenario scenario, Decision decision);

  /**
   * One subject and its facts.
   *
   * @param segment the account's segment the subject belongs to, null for an account as a whole
   */
  record Scenario(
      String accountId,
      String accountName,
      String segment,
      String subjectType,
      String subjectId,
      String subjectName,
      List<Object> facts) {}

  /**
   * A verdict in a CS leader's words.
   *
   * @param outcome what was decided, e.g. {@code RED}, {@code SHORTLISTED}, {@code PROMOTE}
   * @param consequence what it sets going, e.g. "a get-well plan opens"; null when nothing
   */
  record Verdict(String outcome, String consequence) {

    String label() {
      return consequence == null ? outcome : outcome + " (" + consequence + ")";
    }
  }
}
