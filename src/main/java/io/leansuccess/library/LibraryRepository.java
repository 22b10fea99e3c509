package io.leansuccess.library;

import io.leansuccess.account.SegmentKind;
import io.leansuccess.shared.AccountsInView;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCaseRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The library read from {@code ls_use_case}: adopted use cases whose story was shared ({@code
 * library_entry_id}), with their account's industry, size and segment kind. Which internal entries
 * a reader sees is the condition the caller passes ({@link Visibility}); anonymised ones every
 * reader sees.
 */
@Repository
class LibraryRepository {

  private static final String FROM =
      """
      from ls_use_case u
      join ls_account a on a.id = u.account_id
      left join ls_account_segment s on s.account_id = u.account_id and s.segment_key = u.segment_key
      where u.library_entry_id is not null and u.status = 'ADOPTED'
        and (u.story_share_scope = 'ANONYMISED' or (%s))""";

  private static final String COLUMNS =
      "select u.*, a.name as account_name, a.industry, a.arr_at_signing, s.kind as segment_kind ";

  private final JdbcClient jdbc;

  LibraryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Which internal entries the one reading sees: SQL on {@code u} and {@code a}, and its values.
   */
  record Visibility(String sql, Map<String, ?> parameters) {

    static final Visibility ANONYMISED_ONLY = new Visibility("false", Map.of());

    static Visibility of(AccountsInView.Condition inView) {
      return new Visibility(inView.sql(), inView.parameters());
    }

    /** Only internal entries of accounts of this team (none for an account without a team). */
    Visibility andTeam(String team) {
      if (team == null) {
        return new Visibility("(" + sql + ") and a.team_id is null", parameters);
      }
      Map<String, Object> both = new HashMap<>(parameters);
      both.put("libraryTeam", team);
      return new Visibility("(" + sql + ") and a.team_id = :libraryTeam", both);
    }
  }

  /** A page of entries, the latest shared first, and how many match. */
  List<StoredEntry> search(LibraryQuery query, Visibility visibility) {
    Filter filter = filter(query, visibility);
    List<StoredEntry> entries =
        jdbc.sql(
                COLUMNS
                    + filter.sql()
                    + " order by u.success_story_shared_at desc, u.library_entry_id"
                    + " limit :limit offset :offset")
            .params(filter.parameters())
            .param("limit", query.limit())
            .param("offset", query.offset())
            .query(LibraryRepository::entry)
            .list();
    return withKpis(entries);
  }

  long count(LibraryQuery query, Visibility visibility) {
    Filter filter = filter(query, visibility);
    return jdbc.sql("select count(*) " + filter.sql())
        .params(filter.parameters())
        .query(Long.class)
        .single();
  }

  Optional<StoredEntry> find(String entryId, Visibility visibility) {
    return jdbc.sql(COLUMNS + FROM.formatted(visibility.sql()) + " and u.library_entry_id = :entry")
        .params(visibility.parameters())
        .param("entry", entryId)
        .query(LibraryRepository::entry)
        .optional()
        .map(entry -> withKpis(List.of(entry)).get(0));
  }

  /**
   * Entries of other accounts of the industry whose ARR at signing lies in {@code [from, upTo)} (no
   * {@code upTo} for the largest band), the latest shared first.
   */
  List<StoredEntry> ofSimilarAccounts(
      String accountId, String industry, BigDecimal from, BigDecimal upTo, Visibility visibility) {
    Map<String, Object> parameters = new HashMap<>(visibility.parameters());
    parameters.put("self", accountId);
    parameters.put("industry", industry.toLowerCase(Locale.ROOT));
    parameters.put("from", from);
    String band = " and a.arr_at_signing >= :from";
    if (upTo != null) {
      band += " and a.arr_at_signing < :upTo";
      parameters.put("upTo", upTo);
    }
    return withKpis(
        jdbc.sql(
                COLUMNS
                    + FROM.formatted(visibility.sql())
                    + " and a.id <> :self and lower(a.industry) = :industry"
                    + band
                    + " order by u.success_story_shared_at desc, u.library_entry_id")
            .params(parameters)
            .query(LibraryRepository::entry)
            .list());
  }

  private record Filter(String sql, Map<String, Object> parameters) {}

  private static Filter filter(LibraryQuery query, Visibility visibility) {
    StringBuilder sql = new StringBuilder(FROM.formatted(visibility.sql()));
    Map<String, Object> parameters = new HashMap<>(visibility.parameters());
    if (query.industry() != null) {
      sql.append(" and lower(a.industry) = :industry");
      parameters.put("industry", query.industry().toLowerCase(Locale.ROOT));
    }
    if (query.segmentKind() != null) {
      sql.append(" and s.kind = :segmentKind");
      parameters.put("segmentKind", query.segmentKind().name());
    }
    if (query.workflow() != null) {
      sql.append(" and u.workflow ilike :workflow");
      parameters.put("workflow", containing(query.workflow()));
    }
    if (query.kpi() != null) {
      sql.append(
          " and exists (select 1 from ls_kpi k where k.use_case_id = u.id and k.name ilike :kpi)");
      parameters.put("kpi", containing(query.kpi()));
    }
    return new Filter(sql.toString(), parameters);
  }

  /** A LIKE pattern that finds the text as typed: its own % and _ are no wildcards. */
  private static String containing(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private List<StoredEntry> withKpis(List<StoredEntry> entries) {
    if (entries.isEmpty()) {
      return entries;
    }
    Map<String, List<LibraryEntry.KpiResult>> byUseCase = new HashMap<>();
    jdbc.sql(
            """
            select k.use_case_id, k.name, k.unit, k.kind, k.method, k.baseline, k.target,
              (select m.value from ls_kpi_measurement m where m.use_case_id = k.use_case_id
                and m.kpi_id = k.id order by m.measured_at desc, m.id desc limit 1) as latest
            from ls_kpi k where k.use_case_id in (:ids) order by k.use_case_id, k.position""")
        .param("ids", entries.stream().map(StoredEntry::useCaseId).toList())
        .query(
            row -> {
              byUseCase
                  .computeIfAbsent(row.getString("use_case_id"), id -> new ArrayList<>())
                  .add(
                      new LibraryEntry.KpiResult(
                          row.getString("name"),
                          row.getString("unit"),
                          KpiKind.valueOf(row.getString("kind")),
                          row.getString("method") == null
                              ? null
                              : MeasurementMethod.valueOf(row.getString("method")),
                          row.getBigDecimal("baseline"),
                          row.getBigDecimal("latest"),
                          row.getBigDecimal("target")));
            });
    return entries.stream()
        .map(entry -> entry.withKpis(byUseCase.getOrDefault(entry.useCaseId(), List.of())))
        .toList();
  }

  private static StoredEntry entry(ResultSet row, int rowNumber) throws SQLException {
    String segmentKind = row.getString("segment_kind");
    return new StoredEntry(
        row.getString("library_entry_id"),
        StoryShareScope.valueOf(row.getString("story_share_scope")),
        row.getString("id"),
        row.getString("title"),
        row.getString("account_id"),
        row.getString("account_name"),
        row.getString("industry"),
        row.getBigDecimal("arr_at_signing"),
        segmentKind == null ? null : SegmentKind.valueOf(segmentKind),
        row.getString("owner"),
        UseCaseRepository.templateOf(row),
        row.getInt("required_maturity"),
        new LibraryEntry.Outcome(
            instant(row.getTimestamp("adopted_at")),
            (Integer) row.getObject("adopted_at_level", Integer.class),
            row.getBoolean("value_kpis_met"),
            instant(row.getTimestamp("success_story_shared_at"))),
        List.of());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
