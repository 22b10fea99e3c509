package io.leansuccess.teamreview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.health.HealthFactor;
import io.leansuccess.shared.AccountsInView;
import io.leansuccess.teamreview.TeamReview.AccountSummary;
import io.leansuccess.teamreview.TeamReview.AdoptedUseCase;
import io.leansuccess.teamreview.TeamReview.KpiChange;
import io.leansuccess.teamreview.TeamReview.Promotion;
import io.leansuccess.teamreview.TeamReview.StoryShared;
import io.leansuccess.teamreview.TeamReview.UseCaseSetback;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a review reads, each part one query over the whole territory, so a team of a thousand
 * accounts costs the statements a team of three does. Every query is limited to the scope's team
 * (and CSM) and to the accounts the one asking may see.
 */
@Repository
class TeamReviewRepository {

  private static final TypeReference<List<HealthFactor>> FACTORS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final AccountsInView inView;
  private final ObjectMapper json;

  TeamReviewRepository(JdbcClient jdbc, AccountsInView inView, ObjectMapper json) {
    this.jdbc = jdbc;
    this.inView = inView;
    this.json = json;
  }

  /** The teams that own an account the one asking may see. */
  List<String> teamsWithAccounts() {
    var visible = inView.on("id");
    return jdbc.sql(
            "select distinct team_id from ls_account where team_id is not null and "
                + visible.sql()
                + " order by team_id")
        .params(visible.parameters())
        .query(String.class)
        .list();
  }

  /** The owners of the team's accounts. */
  List<String> owners(String team) {
    var visible = inView.on("id");
    return jdbc.sql(
            "select distinct owner_id from ls_account where team_id = :team and owner_id is not null and "
                + visible.sql()
                + " order by owner_id")
        .param("team", team)
        .params(visible.parameters())
        .query(String.class)
        .list();
  }

  /** The territory's accounts with their health now and whether a get-well plan is open. */
  List<AccountSummary> accounts(ReviewScope scope) {
    return query(
            """
            select a.id, a.name, a.industry, a.owner_id, a.arr_at_signing, a.arr_now, a.renewal_date,
              e.colour, e.factors, g.id as get_well_plan
            from ls_account a
            left join ls_health_state s on s.account_id = a.id
            left join ls_health_evaluation e on e.id = s.evaluation_id
            left join ls_get_well_plan g on g.open_account_id = a.id
            where %s order by a.name, a.id""",
            scope, "a.id")
        .query(
            (row, number) ->
                new AccountSummary(
                    row.getString("id"),
                    row.getString("name"),
                    row.getString("industry"),
                    row.getString("owner_id"),
                    row.getBigDecimal("arr_at_signing"),
                    row.getBigDecimal("arr_now"),
                    row.getObject("renewal_date", LocalDate.class),
                    row.getString("colour"),
                    warningSigns(row.getString("factors")),
                    row.getString("get_well_plan") != null))
        .list();
  }

  /** Use cases adopted in the quarter with each KPI's baseline, latest measurement and target. */
  List<AdoptedUseCase> adopted(ReviewScope scope) {
    Map<String, AdoptedUseCase> found = new LinkedHashMap<>();
    inQuarter(
            query(
                """
                select u.id, u.title, u.account_id, a.name as account_name, u.adopted_at,
                  k.name as kpi, k.unit, k.baseline, k.target,
                  (select m.value from ls_kpi_measurement m where m.use_case_id = k.use_case_id and m.kpi_id = k.id
                   order by m.measured_at desc, m.received_at desc limit 1) as latest
                from ls_use_case u join ls_account a on a.id = u.account_id
                left join ls_kpi k on k.use_case_id = u.id
                where u.status = 'ADOPTED' and u.adopted_at >= :from and u.adopted_at < :to and %s
                order by u.adopted_at, u.id, k.position""",
                scope, "u.account_id"),
            scope.quarter())
        .query(
            (ResultSet row) -> {
              AdoptedUseCase useCase =
                  found.computeIfAbsent(row.getString("id"), id -> adoptedUseCase(row, id));
              if (row.getString("kpi") != null) {
                useCase
                    .kpis()
                    .add(
                        new KpiChange(
                            row.getString("kpi"),
                            row.getString("unit"),
                            row.getBigDecimal("baseline"),
                            row.getBigDecimal("latest"),
                            row.getBigDecimal("target")));
              }
            });
    return found.values().stream()
        .map(
            useCase ->
                new AdoptedUseCase(
                    useCase.id(),
                    useCase.title(),
                    useCase.accountId(),
                    useCase.accountName(),
                    useCase.adoptedOn(),
                    List.copyOf(useCase.kpis())))
        .toList();
  }

  /** Segments that moved up a maturity level in the quarter. */
  List<Promotion> promotions(ReviewScope scope) {
    return inQuarter(
            query(
                """
                select t.account_id, a.name as account_name, coalesce(s.name, t.segment_key) as segment,
                  t.from_level, t.to_level, t.transitioned_at
                from ls_maturity_transition t join ls_account a on a.id = t.account_id
                left join ls_account_segment s on s.account_id = t.account_id and s.segment_key = t.segment_key
                where t.to_level > t.from_level and t.transitioned_at >= :from and t.transitioned_at < :to and %s
                order by t.transitioned_at, a.name, segment""",
                scope, "t.account_id"),
            scope.quarter())
        .query(
            (row, number) ->
                new Promotion(
                    row.getString("account_id"),
                    row.getString("account_name"),
                    row.getString("segment"),
                    row.getInt("from_level"),
                    row.getInt("to_level"),
                    day(row, "transitioned_at")))
        .list();
  }

  /** Success stories first shared in the quarter. */
  List<StoryShared> storiesShared(ReviewScope scope) {
    return inQuarter(
            query(
                """
                select u.id, u.title, a.name as account_name, u.success_story_shared_at
                from ls_use_case u join ls_account a on a.id = u.account_id
                where u.success_story_shared_at >= :from and u.success_story_shared_at < :to and %s
                order by u.success_story_shared_at, u.id""",
                scope, "u.account_id"),
            scope.quarter())
        .query(
            (row, number) ->
                new StoryShared(
                    row.getString("id"),
                    row.getString("title"),
                    row.getString("account_name"),
                    day(row, "success_story_shared_at")))
        .list();
  }

  /** Use cases the quarter's cycles sent round again (ITERATE) or gave up (DISCARD). */
  List<UseCaseSetback> setbacks(ReviewScope scope) {
    return query(
            """
            select u.id, u.title, a.name as account_name, cu.outcome, u.iterations
            from ls_cycle_use_case cu join ls_cycle c on c.id = cu.cycle_id
            join ls_use_case u on u.id = cu.use_case_id join ls_account a on a.id = c.account_id
            where cu.outcome in ('ITERATE', 'DISCARD') and c.year = :year and c.quarter = :quarter and %s
            order by cu.outcome desc, a.name, u.title""",
            scope, "c.account_id")
        .param("year", scope.quarter().year())
        .param("quarter", scope.quarter().quarter())
        .query(
            (row, number) ->
                new UseCaseSetback(
                    row.getString("id"),
                    row.getString("title"),
                    row.getString("account_name"),
                    row.getString("outcome"),
                    row.getInt("iterations")))
        .list();
  }

  /**
   * How many accounts were amber and red at each instant: the health in effect then, the latest
   * first found before it.
   */
  Map<Integer, Map<String, Long>> healthAt(ReviewScope scope, List<Instant> instants) {
    List<String> points = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    for (int i = 0; i < instants.size(); i++) {
      points.add("(" + i + ", cast(:at" + i + " as timestamp with time zone))");
      parameters.put("at" + i, Timestamp.from(instants.get(i)));
    }
    Map<Integer, Map<String, Long>> counts = new HashMap<>();
    query(
            """
            select p.position, e.colour, count(*) as accounts
            from (values %s) as p(position, at)
            join lateral (
              select distinct on (h.account_id) h.account_id, h.colour from ls_health_evaluation h
              where h.first_evaluated_at < p.at and %%s
              order by h.account_id, h.first_evaluated_at desc, h.evaluated_at desc, h.id) e on true
            group by p.position, e.colour"""
                .formatted(String.join(", ", points)),
            scope,
            "h.account_id")
        .params(parameters)
        .query(
            (ResultSet row) -> {
              counts
                  .computeIfAbsent(row.getInt("position"), position -> new HashMap<>())
                  .put(row.getString("colour"), row.getLong("accounts"));
            });
    return counts;
  }

  /** Use cases iterated and discarded per quarter from {@code first} to {@code last}. */
  Map<Quarter, Map<String, Long>> setbacksPerQuarter(
      ReviewScope scope, Quarter first, Quarter last) {
    Map<Quarter, Map<String, Long>> counts = new HashMap<>();
    query(
            """
            select c.year, c.quarter, cu.outcome, count(*) as use_cases
            from ls_cycle_use_case cu join ls_cycle c on c.id = cu.cycle_id
            where cu.outcome in ('ITERATE', 'DISCARD') and c.year * 4 + c.quarter between :first and :last
              and %s
            group by c.year, c.quarter, cu.outcome""",
            scope, "c.account_id")
        .param("first", first.year() * 4 + first.quarter())
        .param("last", last.year() * 4 + last.quarter())
        .query(
            (ResultSet row) -> {
              counts
                  .computeIfAbsent(
                      new Quarter(row.getInt("year"), row.getInt("quarter")),
                      quarter -> new HashMap<>())
                  .put(row.getString("outcome"), row.getLong("use_cases"));
            });
    return counts;
  }

  /**
   * The query, its {@code %s} the scope's condition on {@code accountIdColumn}, parameters bound.
   */
  private JdbcClient.StatementSpec query(String sql, ReviewScope scope, String accountIdColumn) {
    var visible = inView.on(accountIdColumn);
    String territory =
        accountIdColumn
            + " in (select id from ls_account where team_id = :team"
            + (scope.csm() == null ? "" : " and owner_id = :csm")
            + ") and "
            + visible.sql();
    var statement = jdbc.sql(sql.formatted(territory)).param("team", scope.team());
    if (scope.csm() != null) {
      statement = statement.param("csm", scope.csm());
    }
    return statement.params(visible.parameters());
  }

  private static JdbcClient.StatementSpec inQuarter(
      JdbcClient.StatementSpec query, Quarter quarter) {
    return query
        .param("from", Timestamp.from(quarter.start()))
        .param("to", Timestamp.from(quarter.next().start()));
  }

  private static AdoptedUseCase adoptedUseCase(ResultSet row, String id) {
    try {
      return new AdoptedUseCase(
          id,
          row.getString("title"),
          row.getString("account_id"),
          row.getString("account_name"),
          day(row, "adopted_at"),
          new ArrayList<>());
    } catch (SQLException e) {
      throw new IllegalStateException("Unreadable use case " + id, e);
    }
  }

  /** The day in UTC, as the pages show days. */
  private static LocalDate day(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : LocalDate.ofInstant(value.toInstant(), ZoneOffset.UTC);
  }

  private List<String> warningSigns(String factors) throws SQLException {
    if (factors == null) {
      return List.of();
    }
    try {
      return json.readValue(factors, FACTORS).stream().map(HealthFactor::description).toList();
    } catch (JsonProcessingException e) {
      throw new SQLException("Unreadable warning signs", e);
    }
  }
}
