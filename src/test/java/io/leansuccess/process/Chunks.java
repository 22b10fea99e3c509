package io.leansuccess.process;

import java.util.Iterator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The delegate of a run in chunks (a health run, a retention run): it sets the variable the loop's
 * gateway reads, {@code moreAccounts} or {@code moreExpired}, to the next answer each time it runs,
 * and counts its runs.
 */
final class Chunks {

  private final String moreVariable;
  private final Iterator<Boolean> more;
  private int runs;

  private Chunks(String moreVariable, List<Boolean> more) {
    this.moreVariable = moreVariable;
    this.more = more.iterator();
  }

  /** {@code saying("moreAccounts", true, false)}: two chunks, more after the first. */
  static Chunks saying(String moreVariable, Boolean... more) {
    return new Chunks(moreVariable, List.of(more));
  }

  /**
   * As a lambda, not by implementing {@link JavaDelegate} itself: {@code ElementTemplatesTest}
   * takes every {@code JavaDelegate} class under {@code io.leansuccess} for one of the product's.
   */
  JavaDelegate delegate() {
    return this::execute;
  }

  private void execute(DelegateExecution execution) {
    runs++;
    execution.setVariable(moreVariable, more.next());
  }

  int runs() {
    return runs;
  }
}
