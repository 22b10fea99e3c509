package io.leansuccess.portfolio;

import io.leansuccess.shared.AccountsInView;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio as a few set-based queries over the accounts in view: one for the page's accounts,
 * one for the counts of the whole filtered set (the charts), and one each for the page's segments
 * and adopted use cases. Their number does not grow with the number of accounts; the indexes they
 * need are in changeset 024.
 */
@Repository
class PortfolioRepository {

  /**
   * What the filters and the orders work on, one row an account: its stage, health and least mature
   * segment computed in SQL, so that filtering and counting never load the accounts.
   */
  private static final String FACTS =
      """
      select a.id, a.name, a.industry, a.team_id, a.owner_id, a.renewal_date, a.arr_now,
        case when oc.stage is not null then oc.stage
             when o.account_id is not null
                  and not exists (select 1 from ls_cycle c where c.account_id = a.id) then 'LAUNCH'
             else 'NO_CYCLE' end as stage,
        oc.year as open_year, oc.quarter as open_quarter,
        coalesce(e.colour, 'NOT_EVALUATED') as health, e.id as evaluation_id,
        (select min(coalesce(m.level, 1)) from ls_account_segment sg
           left join ls_segment_maturity m
             on m.account_id = sg.account_id and m.segment_key = sg.segment_key
           where sg.account_id = a.id) as maturity
      from ls_account a
      left join ls_cycle oc on oc.open_account_id = a.id
      left join ls_onboarding o on o.account_id = a.id
      left join ls_health_state s on s.account_id = a.id
      left join ls_health_evaluation e on e.id = s.evaluation_id
      """;

  private final JdbcClient jdbc;
  private final AccountsInView inView;

  PortfolioRepository(JdbcClient jdbc, AccountsInView inView) {
    this.jdbc = jdbc;
    this.inView = inView;
  }

  /** An account of the page, before its segments, use cases and tasks are added. */
  record Fact(
      String id,
      String name,
      String industry,
      String team,
      String owner,
      LocalDate renewalDate,
      BigDecimal arrNow,
      String stage,
      String quarter,
      String health,
      String evaluationId,
      boolean getWellPlanOpen,
      String qbrCycleId) {}

  /** A segment of an account and its level. */
  record SegmentLevel(String accountId, String name, int level) {}

  /** An adopted use case of an account. */
  record Adopted(String accountId, String id, String title) {}

  /** The teams and CSMs of the accounts in view: what the filters offer. */
  record Choices(List<String> teams, List<String> csms) {}

  /** How many of the filtered accounts stand in each stage and have each health. */
  record Counts(Map<String, Long> byStage, Map<String, Long> byHealth) {}

  /**
   * The condition of the accounts in view on {@code a.id}, for the other methods: the book of
   * business is read once a page.
   */
  AccountsInView.Condition inView() {
    return inView.on("a.id");
  }

  Choices choices(AccountsInView.Condition visible) {
    TreeSet<String> teams = new TreeSet<>();
    TreeSet<String> csms = new TreeSet<>();
    jdbc.sql("select distinct team_id, owner_id from ls_account a where " + visible.sql())
        .params(visible.parameters())
        .query(
            row -> {
              if (row.getString("team_id") != null) {
                teams.add(row.getString("team_id"));
              }
              if (row.getString("owner_id") != null) {
                csms.add(row.getString("owner_id"));
              }
            });
    return new Choices(List.copyOf(teams), List.copyOf(csms));
  }

  /** The page's accounts, in the filter's order. */
  List<Fact> page(AccountsInView.Condition visible, PortfolioFilter filter, LocalDate today) {
    Query query = query(visible, filter, today);
    String order = filter.sort().orderBy(filter.descending());
    return jdbc.sql(
            query.chosen()
                + """
                select p.*,
                  exists (select 1 from ls_get_well_plan g where g.open_account_id = p.id) as get_well_open,
                  (select q.cycle_id from ls_qbr q join ls_cycle c on c.id = q.cycle_id
                     where q.account_id = p.id order by c.year desc, c.quarter desc limit 1) as qbr_cycle_id
                from (select * from chosen order by %s limit :limit offset :offset) p
                order by %s"""
                    .formatted(order, order))
        .params(query.parameters())
        .param("limit", filter.size())
        .param("offset", filter.offset())
        .query(
            (row, n) ->
                new Fact(
                    row.getString("id"),
                    row.getString("name"),
                    row.getString("industry"),
                    row.getString("team_id"),
                    row.getString("owner_id"),
                    row.getObject("renewal_date", LocalDate.class),
                    row.getBigDecimal("arr_now"),
                    row.getString("stage"),
                    row.getObject("open_year") == null
                        ? ""
                        : row.getInt("open_year") + "-Q" + row.getInt("open_quarter"),
                    row.getString("health"),
                    row.getString("evaluation_id"),
                    row.getBoolean("get_well_open"),
                    row.getString("qbr_cycle_id")))
        .list();
  }

  /** The whole filtered set counted by stage and by health, in one aggregate. */
  Counts counts(AccountsInView.Condition visible, PortfolioFilter filter, LocalDate today) {
    Query query = query(visible, filter, today);
    Map<String, Long> byStage = zeros(PortfolioFilter.stages());
    Map<String, Long> byHealth = zeros(PortfolioFilter.healths());
    jdbc.sql(
            query.chosen()
                + """
                select 0 as by_health, stage, null as health, count(*) as accounts
                from chosen group by stage
                union all
                select 1, null, health, count(*) from chosen group by health""")
        .params(query.parameters())
        .query(
            row -> {
              if (row.getInt("by_health") == 1) {
                byHealth.put(row.getString("health"), row.getLong("accounts"));
              } else {
                byStage.put(row.getString("stage"), row.getLong("accounts"));
              }
            });
    return new Counts(byStage, byHealth);
  }

  /** The segments of these accounts with their levels, in each account's order. */
  List<SegmentLevel> segments(Collection<String> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select sg.account_id, sg.name, coalesce(m.level, 1) as level from ls_account_segment sg
            left join ls_segment_maturity m
              on m.account_id = sg.account_id and m.segment_key = sg.segment_key
            where sg.account_id in (:ids) order by sg.account_id, sg.sort_order""")
        .param("ids", accountIds)
        .query(
            (row, n) ->
                new SegmentLevel(
                    row.getString("account_id"), row.getString("name"), row.getInt("level")))
        .list();
  }

  /** The adopted use cases of these accounts, oldest first. */
  List<Adopted> adopted(Collection<String> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select account_id, id, title from ls_use_case
            where account_id in (:ids) and status = 'ADOPTED' order by created_at, id""")
        .param("ids", accountIds)
        .query(
            (row, n) ->
                new Adopted(
                    row.getString("account_id"), row.getString("id"), row.getString("title")))
        .list();
  }

  /**
   * The filtered accounts as a {@code with chosen as (...)} clause: the account's own columns
   * filter inside, the computed ones outside.
   */
  private static Query query(
      AccountsInView.Condition visible, PortfolioFilter filter, LocalDate today) {
    Map<String, Object> parameters = new HashMap<>(visible.parameters());
    List<String> onAccount = new ArrayList<>(List.of(visible.sql()));
    if (filter.team() != null) {
      onAccount.add("a.team_id = :team");
      parameters.put("team", filter.team());
    }
    if (filter.csm() != null) {
      onAccount.add("a.owner_id = :csm");
      parameters.put("csm", filter.csm());
    }
    if (filter.renewalWithin() != null) {
      onAccount.add("a.renewal_date between :today and :renewalUntil");
      parameters.put("today", Date.valueOf(today));
      parameters.put("renewalUntil", Date.valueOf(today.plusDays(filter.renewalWithin())));
    }
    if (filter.search() != null) {
      onAccount.add(
          "(position(:search in lower(a.name)) > 0 or position(:search in lower(a.id)) > 0)");
      parameters.put("search", filter.search().toLowerCase(Locale.ROOT));
    }
    List<String> onFacts = new ArrayList<>(List.of("true"));
    if (filter.stage() != null) {
      onFacts.add("stage = :stage");
      parameters.put("stage", filter.stage());
    }
    if (filter.health() != null) {
      onFacts.add("health = :health");
      parameters.put("health", filter.health());
    }
    if (filter.maturity() != null) {
      onFacts.add("maturity = :maturity");
      parameters.put("maturity", filter.maturity());
    }
    String chosen =
        "with facts as ("
            + FACTS
            + " where "
            + String.join(" and ", onAccount)
            + "), chosen as (select facts.*, "
            + stageOrder()
            + " as stage_order from facts where "
            + String.join(" and ", onFacts)
            + ")\n";
    return new Query(chosen, parameters);
  }

  private static String stageOrder() {
    StringBuilder order = new StringBuilder("case stage");
    List<String> stages = PortfolioFilter.stages();
    for (int i = 0; i < stages.size(); i++) {
      order.append(" when '").append(stages.get(i)).append("' then ").append(i);
    }
    return order.append(" end").toString();
  }

  private static Map<String, Long> zeros(List<String> keys) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    return counts;
  }

  private record Query(String chosen, Map<String, ?> parameters) {}
}
