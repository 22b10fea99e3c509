package io.leansuccess.support;

/**
 * A tiny decision for tests of deployment and history: it says which version answered, by rule name
 * and fact.
 */
public final class ProbeRules {

  private ProbeRules() {}

  public static String answering(int version) {
    return """
        package probe;

        rule "Answer from version %1$d"
        when
            String(this == "question")
        then
            insert("answer %1$d");
        end
        """
        .formatted(version);
  }
}
