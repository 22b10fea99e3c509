package io.leansuccess.library;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.LibraryOrigin;
import io.leansuccess.usecase.ShortlistingAnswers;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseService;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What similar accounts adopted, offered to an account: "ask the vendor if they have any from other
 * customers that can be used as a baseline". Similar means the same industry and size band, as the
 * success plan's adoption timeline counts them; the use cases most often adopted there come first.
 * Copying one puts a planned use case with its template and KPIs into the pipeline, its baselines
 * left to measure.
 */
@Service
public class LibrarySuggestions {

  private final UseCaseLibrary library;
  private final AccountRepository accounts;
  private final UseCaseService useCases;
  private final LibraryProperties settings;

  public LibrarySuggestions(
      UseCaseLibrary library,
      AccountRepository accounts,
      UseCaseService useCases,
      LibraryProperties settings) {
    this.library = library;
    this.accounts = accounts;
    this.useCases = useCases;
    this.settings = settings;
  }

  /**
   * The account's suggestions, the most often adopted first; none that it copied or that its
   * pipeline already holds under the same title.
   */
  public List<Suggestion> suggestionsFor(String accountId) {
    Account account = accounts.require(accountId);
    Set<String> copied =
        useCases.libraryOrigins(accountId).values().stream()
            .map(LibraryOrigin::entryId)
            .collect(Collectors.toSet());
    Set<String> titles =
        useCases.ofFoundAccount(account).stream()
            .map(useCase -> normalised(useCase.title()))
            .collect(Collectors.toSet());
    Map<String, List<Shown>> byTitle = new LinkedHashMap<>();
    for (StoredEntry stored : library.similarTo(account)) {
      LibraryEntry entry = library.shown(stored);
      byTitle
          .computeIfAbsent(normalised(entry.title()), title -> new ArrayList<>())
          .add(new Shown(stored, entry));
      if (copied.contains(entry.id())) {
        titles.add(normalised(entry.title()));
      }
    }
    String band = library.bandOf(account);
    return byTitle.entrySet().stream()
        .filter(group -> !titles.contains(group.getKey()))
        .map(group -> suggestion(group.getValue(), account, band))
        .filter(suggestion -> suggestion.adoptedBy() >= settings.getMinAdoptions())
        .sorted(
            Comparator.comparingInt(Suggestion::adoptedBy)
                .reversed()
                .thenComparing(
                    suggestion -> suggestion.entry().outcome().adoptedAt(),
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(suggestion -> suggestion.entry().title()))
        .limit(settings.getMaxSuggestions())
        .toList();
  }

  /**
   * Copies the entry into the account's pipeline as a planned use case; the entry copied before is
   * found instead. Segment and owner default to the account's first segment of the entry's kind and
   * nobody.
   */
  public UseCaseService.Written copy(
      String accountId, String entryId, String segmentKey, String owner) {
    Account account = accounts.require(accountId);
    LibraryEntry entry = library.findFor(account, entryId);
    String reason =
        suggestionsFor(accountId).stream()
            .filter(suggestion -> suggestion.entry().id().equals(entryId))
            .map(Suggestion::reason)
            .findFirst()
            .orElse("Copied from the use-case library");
    return useCases.createCopy(
        draft(account, entry, segmentKey, owner), new LibraryOrigin(entryId, reason, false));
  }

  /**
   * The launch of a new account: its first pipeline starts from the top suggestions, marked as
   * such. Running again copies nothing twice; an account without segments gets none.
   */
  public List<UseCaseService.Written> fillFirstPipeline(String accountId) {
    Account account = accounts.require(accountId);
    if (account.segments().isEmpty()) {
      return List.of();
    }
    List<Suggestion> found = suggestionsFor(accountId);
    List<UseCaseService.Written> copied = new ArrayList<>();
    for (Suggestion suggestion : found.stream().limit(settings.getLaunchPipeline()).toList()) {
      try {
        copied.add(
            useCases.createCopy(
                draft(account, suggestion.entry(), null, null),
                new LibraryOrigin(suggestion.entry().id(), suggestion.reason(), true)));
      } catch (InvalidFieldException notPlannable) {
        // an entry that cannot be a planned use case (a KPI without target) never stops the launch
        LibraryLogger.entryNotCopied(accountId, suggestion.entry().id(), notPlannable.getMessage());
      }
    }
    LibraryLogger.firstPipelineFilled(accountId, copied.size(), found.size());
    return copied;
  }

  private static UseCase draft(
      Account account, LibraryEntry entry, String segmentKey, String owner) {
    List<Kpi> kpis = new ArrayList<>();
    for (int i = 0; i < entry.kpis().size(); i++) {
      var kpi = entry.kpis().get(i);
      kpis.add(
          new Kpi(
              "kpi-" + (i + 1),
              kpi.name(),
              kpi.unit(),
              null,
              kpi.target(),
              kpi.method(),
              kpi.kind()));
    }
    return new UseCase(
        null,
        account.id(),
        entry.title(),
        UseCaseKind.PLANNED,
        segmentKey == null ? segmentFor(account, entry) : segmentKey,
        owner,
        entry.template(),
        new ShortlistingAnswers(false, Set.of(), false, false, false),
        kpis,
        entry.requiredMaturity(),
        null,
        null,
        null,
        UseCaseStatus.PIPELINE,
        0,
        Instant.EPOCH);
  }

  private static String segmentFor(Account account, LibraryEntry entry) {
    return account.segments().stream()
        .filter(segment -> segment.kind() == entry.segmentKind())
        .findFirst()
        .or(() -> account.segments().stream().findFirst())
        .map(Segment::key)
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "segment", "account '" + account.id() + "' has no segment to put it in"));
  }

  /** An entry as stored and as the reader may see it. */
  private record Shown(StoredEntry stored, LibraryEntry entry) {}

  /** The group's latest shared entry, adopted by as many accounts as the group has. */
  private static Suggestion suggestion(List<Shown> group, Account account, String band) {
    LibraryEntry latest = group.get(0).entry();
    int adoptedBy =
        (int) group.stream().map(shown -> shown.stored().accountId()).distinct().count();
    String reason =
        "Adopted by "
            + adoptedBy
            + (adoptedBy == 1 ? " account" : " accounts")
            + " like this one ("
            + account.industry()
            + ", "
            + band
            + ")";
    return new Suggestion(latest, adoptedBy, reason);
  }

  private static String normalised(String title) {
    return title == null ? "" : title.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
