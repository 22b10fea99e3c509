package io.leansuccess.usecase;

import io.leansuccess.shared.AccountsInView;
import io.leansuccess.shared.TransactionReads;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases with their KPIs and measurements, in {@code ls_use_case}, {@code ls_kpi}, {@code
 * ls_kpi_measurement}.
 */
@Repository
public class UseCaseRepository {

  /** What a read of use cases comes from: the account's team decides who may see them. */
  private static final Set<String> USE_CASES = Set.of("ls_use_case", "ls_kpi", "ls_account");

  private final JdbcClient jdbc;
  private final AccountsInView inView;
  private final TransactionReads reads;

  public UseCaseRepository(JdbcClient jdbc, AccountsInView inView, TransactionReads reads) {
    this.jdbc = jdbc;
    this.inView = inView;
    this.reads = reads;
  }

  @Transactional
  public void insert(UseCase useCase, Instant now) {
    reads.wrote("ls_use_case", "ls_kpi");
    jdbc.sql(
            """
            insert into ls_use_case (id, account_id, title, kind, segment_key, owner, challenges,
              expected_outcomes, workflow, success_factors, touches_core_operations, perspectives,
              value_quantifiable, resources_available, stakeholders_identified, required_maturity,
              survey_priority, demonstrable_value, execution_duration, status, iterations, created_at, updated_at)
            values (:id, :account, :title, :kind, :segment, :owner, :challenges, :outcomes, :workflow,
              :factors, :core, :perspectives, :valueQuantifiable, :resources, :stakeholders, :maturity,
              :priority, :value, :duration, :status, :iterations, :createdAt, :updatedAt)""")
        .params(columns(useCase, now))
        .update();
    insertKpis(useCase);
  }

  /** Replaces the template, answers and KPIs; status and history stay as they are. */
  @Transactional
  public void updateDefinition(UseCase useCase, Instant now) {
    reads.wrote("ls_use_case", "ls_kpi");
    jdbc.sql(
            """
            update ls_use_case set title = :title, segment_key = :segment, owner = :owner,
              challenges = :challenges, expected_outcomes = :outcomes, workflow = :workflow,
              success_factors = :factors, touches_core_operations = :core, perspectives = :perspectives,
              value_quantifiable = :valueQuantifiable, resources_available = :resources,
              stakeholders_identified = :stakeholders, required_maturity = :maturity,
              survey_priority = :priority, demonstrable_value = :value, execution_duration = :duration,
              updated_at = :updatedAt
            where id = :id""")
        .params(columns(useCase, now))
        .update();
    jdbc.sql(
            "delete from ls_kpi where use_case_id = ? and id not in (select kpi_id from ls_kpi_measurement where use_case_id = ?)")
        .params(useCase.id(), useCase.id())
        .update();
    insertKpis(useCase);
  }

  /** The use case if the one asking may see its account; read once a transaction. */
  public Optional<UseCase> find(String id) {
    var visible = inView.on("account_id");
    return reads.read(
        USE_CASES,
        TransactionReads.key("use case", id, visible),
        () ->
            jdbc.sql("select * from ls_use_case where id = :id and " + visible.sql())
                .param("id", id)
                .params(visible.parameters())
                .query(this::map)
                .optional()
                .map(this::withKpis));
  }

  /** The account's use cases with their KPIs, oldest first; read once a transaction. */
  public List<UseCase> ofAccount(String accountId) {
    return reads.read(
        USE_CASES, TransactionReads.key("use cases of", accountId), () -> read(accountId));
  }

  private List<UseCase> read(String accountId) {
    List<UseCase> useCases =
        jdbc.sql("select * from ls_use_case where account_id = ? order by created_at, id")
            .param(accountId)
            .query(this::map)
            .list();
    if (useCases.isEmpty()) {
      return List.of();
    }
    // the account's KPIs in one query, not one a use case
    Map<String, List<Kpi>> kpis =
        jdbc
            .sql(
                "select k.* from ls_kpi k join ls_use_case u on u.id = k.use_case_id"
                    + " where u.account_id = ? order by k.use_case_id, k.position")
            .param(accountId)
            .query((row, n) -> Map.entry(row.getString("use_case_id"), kpi(row)))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return useCases.stream()
        .map(useCase -> withKpis(useCase, kpis.getOrDefault(useCase.id(), List.of())))
        .toList();
  }

  /** The use case's execution duration (ISO 8601), for the execution's timer. */
  public Optional<String> executionDuration(String id) {
    var visible = inView.on("account_id");
    return jdbc.sql(
            "select execution_duration from ls_use_case where id = :id and " + visible.sql())
        .param("id", id)
        .params(visible.parameters())
        .query(String.class)
        .optional();
  }

  public List<UseCase> ofAccount(String accountId, Set<UseCaseStatus> statuses) {
    return ofAccount(accountId).stream()
        .filter(useCase -> statuses.contains(useCase.status()))
        .toList();
  }

  public List<UseCase> withIds(Collection<String> ids) {
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  public void setStatus(String id, UseCaseStatus status, Instant now) {
    reads.wrote("ls_use_case");
    jdbc.sql("update ls_use_case set status = ?, updated_at = ? where id = ?")
        .params(status.name(), Timestamp.from(now), id)
        .update();
  }

  /** These use cases take this status, in one statement. */
  public void setStatus(Collection<String> ids, UseCaseStatus status, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    reads.wrote("ls_use_case");
    jdbc.sql("update ls_use_case set status = :status, updated_at = :now where id in (:ids)")
        .param("status", status.name())
        .param("now", Timestamp.from(now))
        .param("ids", ids)
        .update();
  }

  public void setOwner(String id, String owner, Instant now) {
    reads.wrote("ls_use_case");
    jdbc.sql("update ls_use_case set owner = ?, updated_at = ? where id = ?")
        .params(owner, Timestamp.from(now), id)
        .update();
  }

  public void countIteration(String id, Instant now) {
    reads.wrote("ls_use_case");
    jdbc.sql(
            "update ls_use_case set status = ?, iterations = iterations + 1, updated_at = ? where id = ?")
        .params(UseCaseStatus.ITERATING.name(), Timestamp.from(now), id)
        .update();
  }

  public void recordAdoption(String id, int segmentLevel, boolean valueKpisMet, Instant now) {
    reads.wrote("ls_use_case");
    jdbc.sql(
            """
            update ls_use_case set status = ?, adopted_at = ?, adopted_at_level = ?, value_kpis_met = ?,
              updated_at = ? where id = ?""")
        .params(
            UseCaseStatus.ADOPTED.name(),
            Timestamp.from(now),
            segmentLevel,
            valueKpisMet,
            Timestamp.from(now),
            id)
        .update();
  }

  /**
   * The story was shared with this scope: it becomes a library entry under an id of its own. Once
   * only: a job running again keeps the first answer.
   */
  public void markSuccessStoryShared(String id, StoryShareScope scope, Instant now) {
    reads.wrote("ls_use_case");
    jdbc.sql(
            """
            update ls_use_case set success_story_shared_at = ?, story_share_scope = ?,
              library_entry_id = ?, updated_at = ?
            where id = ? and success_story_shared_at is null""")
        .params(
            Timestamp.from(now),
            scope.name(),
            UUID.randomUUID().toString(),
            Timestamp.from(now),
            id)
        .update();
  }

  /** The scope its success story was shared with; empty while it was not shared. */
  public Optional<StoryShareScope> storyShareScope(String id) {
    return jdbc.sql(
            "select story_share_scope from ls_use_case where id = ? and success_story_shared_at is not null")
        .param(id)
        .query(String.class)
        .optional()
        .map(StoryShareScope::valueOf);
  }

  /** The use case of the account copied from this library entry, if there is one. */
  public Optional<UseCase> copiedFrom(String accountId, String entryId) {
    return jdbc.sql("select * from ls_use_case where account_id = ? and copied_from_entry = ?")
        .params(accountId, entryId)
        .query(this::map)
        .optional()
        .map(this::withKpis);
  }

  public void markCopiedFrom(String id, LibraryOrigin origin) {
    reads.wrote("ls_use_case");
    jdbc.sql(
            """
            update ls_use_case set copied_from_entry = ?, suggestion_reason = ?, suggested_at_launch = ?
            where id = ?""")
        .params(origin.entryId(), origin.reason(), origin.suggestedAtLaunch(), id)
        .update();
  }

  public Optional<LibraryOrigin> libraryOriginOf(String id) {
    return jdbc.sql("select * from ls_use_case where id = ? and copied_from_entry is not null")
        .param(id)
        .query(UseCaseRepository::origin)
        .optional();
  }

  /** The origins of the account's use cases copied from the library, by use-case id. */
  public Map<String, LibraryOrigin> libraryOriginsOfAccount(String accountId) {
    Map<String, LibraryOrigin> origins = new HashMap<>();
    jdbc.sql("select * from ls_use_case where account_id = ? and copied_from_entry is not null")
        .param(accountId)
        .query(
            row -> {
              origins.put(row.getString("id"), origin(row, 0));
            });
    return origins;
  }

  private static LibraryOrigin origin(ResultSet row, int rowNumber) throws SQLException {
    return new LibraryOrigin(
        row.getString("copied_from_entry"),
        row.getString("suggestion_reason"),
        row.getBoolean("suggested_at_launch"));
  }

  /** Stores a measurement once per event id; false when that id was stored before. */
  public boolean addMeasurement(KpiMeasurement measurement, Instant receivedAt) {
    try {
      jdbc.sql(
              """
              insert into ls_kpi_measurement (id, use_case_id, kpi_id, value, measured_at, source, received_at)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(
              measurement.id(),
              measurement.useCaseId(),
              measurement.kpiId(),
              measurement.value(),
              Timestamp.from(measurement.measuredAt()),
              measurement.source(),
              Timestamp.from(receivedAt))
          .update();
      return true;
    } catch (DuplicateKeyException alreadyStored) {
      return false;
    }
  }

  public Optional<KpiMeasurement> findMeasurement(String id) {
    return jdbc.sql("select * from ls_kpi_measurement where id = ?")
        .param(id)
        .query(
            (row, n) ->
                new KpiMeasurement(
                    row.getString("id"),
                    row.getString("use_case_id"),
                    row.getString("kpi_id"),
                    row.getBigDecimal("value"),
                    row.getTimestamp("measured_at").toInstant(),
                    row.getString("source")))
        .optional();
  }

  /** The latest measured value of each KPI of a use case, by KPI id. */
  public Map<String, BigDecimal> latestValues(String useCaseId) {
    Map<String, BigDecimal> latest = new HashMap<>();
    jdbc.sql(
            """
            select m.kpi_id, m.value from ls_kpi_measurement m
            where m.use_case_id = ? and not exists (
              select 1 from ls_kpi_measurement later where later.use_case_id = m.use_case_id
                and later.kpi_id = m.kpi_id
                and (later.measured_at > m.measured_at or (later.measured_at = m.measured_at and later.id > m.id)))""")
        .param(useCaseId)
        .query(
            row -> {
              latest.put(row.getString("kpi_id"), row.getBigDecimal("value"));
            });
    return latest;
  }

  private void insertKpis(UseCase useCase) {
    int position = 0;
    for (Kpi kpi : useCase.kpis()) {
      int updated =
          jdbc.sql(
                  """
              update ls_kpi set position = ?, name = ?, unit = ?, baseline = ?, target = ?, method = ?, kind = ?
              where use_case_id = ? and id = ?""")
              .params(
                  position,
                  kpi.name(),
                  kpi.unit(),
                  kpi.baseline(),
                  kpi.target(),
                  name(kpi.method()),
                  kpi.kind().name(),
                  useCase.id(),
                  kpi.id())
              .update();
      if (updated == 0) {
        jdbc.sql(
                """
                insert into ls_kpi (use_case_id, id, position, name, unit, baseline, target, method, kind)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(
                useCase.id(),
                kpi.id(),
                position,
                kpi.name(),
                kpi.unit(),
                kpi.baseline(),
                kpi.target(),
                name(kpi.method()),
                kpi.kind().name())
            .update();
      }
      position++;
    }
  }

  private static Map<String, Object> columns(UseCase useCase, Instant now) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("id", useCase.id());
    columns.put("account", useCase.accountId());
    columns.put("title", useCase.title());
    columns.put("kind", useCase.kind().name());
    columns.put("segment", useCase.segmentKey());
    columns.put("owner", useCase.owner());
    UseCaseTemplate template = useCase.template();
    columns.put("challenges", template.challengesAndObjectives());
    columns.put("outcomes", template.expectedOutcomes());
    columns.put("workflow", template.workflow());
    columns.put("factors", template.successFactors());
    ShortlistingAnswers answers = useCase.answers();
    columns.put("core", answers.touchesCoreOperations());
    columns.put(
        "perspectives",
        answers.perspectives().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    columns.put("valueQuantifiable", answers.valueQuantifiable());
    columns.put("resources", answers.resourcesAvailable());
    columns.put("stakeholders", answers.stakeholdersIdentified());
    columns.put("maturity", useCase.requiredMaturity());
    columns.put("priority", useCase.surveyPriority());
    columns.put("value", useCase.demonstrableValue());
    columns.put("duration", useCase.executionDuration());
    columns.put("status", useCase.status().name());
    columns.put("iterations", useCase.iterations());
    columns.put("createdAt", Timestamp.from(useCase.createdAt()));
    columns.put("updatedAt", Timestamp.from(now));
    return columns;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private UseCase map(ResultSet row, int rowNumber) throws SQLException {
    String perspectives = row.getString("perspectives");
    Set<ScorecardPerspective> impacted =
        perspectives == null || perspectives.isBlank()
            ? Set.of()
            : Arrays.stream(perspectives.split(","))
                .map(ScorecardPerspective::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ScorecardPerspective.class)));
    return new UseCase(
        row.getString("id"),
        row.getString("account_id"),
        row.getString("title"),
        UseCaseKind.valueOf(row.getString("kind")),
        row.getString("segment_key"),
        row.getString("owner"),
        templateOf(row),
        new ShortlistingAnswers(
            row.getBoolean("touches_core_operations"),
            impacted,
            row.getBoolean("value_quantifiable"),
            row.getBoolean("resources_available"),
            row.getBoolean("stakeholders_identified")),
        List.of(),
        row.getInt("required_maturity"),
        (Integer) row.getObject("survey_priority", Integer.class),
        row.getBigDecimal("demonstrable_value"),
        row.getString("execution_duration"),
        UseCaseStatus.valueOf(row.getString("status")),
        row.getInt("iterations"),
        row.getTimestamp("created_at").toInstant());
  }

  /** The one-page template in a row of {@code ls_use_case}, for every query that reads one. */
  public static UseCaseTemplate templateOf(ResultSet row) throws SQLException {
    return new UseCaseTemplate(
        row.getString("challenges"),
        row.getString("expected_outcomes"),
        row.getString("workflow"),
        row.getString("success_factors"));
  }

  private UseCase withKpis(UseCase useCase) {
    return withKpis(
        useCase,
        jdbc.sql("select * from ls_kpi where use_case_id = ? order by position")
            .param(useCase.id())
            .query((row, n) -> kpi(row))
            .list());
  }

  private static Kpi kpi(ResultSet row) throws SQLException {
    return new Kpi(
        row.getString("id"),
        row.getString("name"),
        row.getString("unit"),
        row.getBigDecimal("baseline"),
        row.getBigDecimal("target"),
        row.getString("method") == null ? null : MeasurementMethod.valueOf(row.getString("method")),
        KpiKind.valueOf(row.getString("kind")));
  }

  private static UseCase withKpis(UseCase useCase, List<Kpi> kpis) {
    return new UseCase(
        useCase.id(),
        useCase.accountId(),
        useCase.title(),
        useCase.kind(),
        useCase.segmentKey(),
        useCase.owner(),
        useCase.template(),
        useCase.answers(),
        kpis,
        useCase.requiredMaturity(),
        useCase.surveyPriority(),
        useCase.demonstrableValue(),
        useCase.executionDuration(),
        useCase.status(),
        useCase.iterations(),
        useCase.createdAt());
  }
}
