package io.leansuccess.decision;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of one evaluation, with its explanation: the facts the rules concluded, the rules
 * that fired in firing order, and the version of the rules that did it.
 *
 * @param facts everything in working memory after firing: the facts given and those inserted
 * @param policies the thresholds in force, by policy type ({@code ShortlistingPolicy}) and field:
 *     what makes the fired rules' names mean something exact
 */
public record Decision(
    String decisionName,
    List<Object> facts,
    List<String> firedRules,
    RulesVersion rulesVersion,
    Map<String, Map<String, Object>> policies) {

  public Decision {
    facts = List.copyOf(facts);
    firedRules = List.copyOf(firedRules);
    policies = Collections.unmodifiableMap(new TreeMap<>(policies));
  }

  public <T> List<T> factsOf(Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The one fact of this type; more than one means the caller misread what the rules conclude. */
  public <T> Optional<T> single(Class<T> type) {
    List<T> found = factsOf(type);
    if (found.size() > 1) {
      throw new IllegalStateException(
          "Decision "
              + decisionName
              + " concluded "
              + found.size()
              + " facts of type "
              + type.getSimpleName()
              + ", not at most one");
    }
    return found.stream().findFirst();
  }
}
