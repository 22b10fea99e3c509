package io.leansuccess.shared;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The book of business as a condition on a query, so that lists leave out what the one asking may
 * not see and a single read finds nothing (404): every repository that reads by account applies it
 * to its account-id column. Parameters are named; the queries that use it bind them by name.
 */
@Component
public class AccountsInView {

  static final String TEAMS_PARAMETER = "inViewTeams";

  private final BookOfBusiness book;

  public AccountsInView(BookOfBusiness book) {
    this.book = book;
  }

  /**
   * A condition on {@code accountIdColumn} with its parameters, e.g. {@code where id = :id and
   * <condition>}.
   */
  public Condition on(String accountIdColumn) {
    BookOfBusiness.View view = book.current();
    if (view.everything()) {
      return new Condition("true", Map.of());
    }
    String teams = view.teams().isEmpty() ? "false" : "team_id in (:" + TEAMS_PARAMETER + ")";
    String unassigned = view.unassigned() ? " or team_id is null" : "";
    String accounts = "(select id from ls_account where " + teams + unassigned + ")";
    return new Condition(
        accountIdColumn + " in " + accounts,
        view.teams().isEmpty() ? Map.of() : Map.of(TEAMS_PARAMETER, view.teams()));
  }

  public BookOfBusiness.View view() {
    return book.current();
  }

  /** A piece of SQL and the named parameters it needs. */
  public record Condition(String sql, Map<String, ?> parameters) {}
}
