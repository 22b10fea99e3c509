package io.leansuccess.library;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.contract.Contract;
import io.leansuccess.contract.ContractRepository;
import io.leansuccess.contract.ReceivedContract;
import io.leansuccess.shared.AccountsInView;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.successplan.SuccessPlanProperties;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCaseTemplate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The use-case library: adopted use cases whose success story was shared, across accounts, as the
 * one reading may see them. Internal entries only where the reader sees the account; anonymised
 * ones everywhere, without what names their account.
 */
@Service
public class UseCaseLibrary {

  /** Who reads: the CS team sees internal entries of the accounts in its view, others none. */
  public enum Reader {
    CS_TEAM,
    INTEGRATION
  }

  private final LibraryRepository entries;
  private final AccountRepository accounts;
  private final ContractRepository contracts;
  private final AccountsInView inView;
  private final SuccessPlanProperties bands;

  public UseCaseLibrary(
      LibraryRepository entries,
      AccountRepository accounts,
      ContractRepository contracts,
      AccountsInView inView,
      SuccessPlanProperties bands) {
    this.entries = entries;
    this.accounts = accounts;
    this.contracts = contracts;
    this.inView = inView;
    this.bands = bands;
  }

  /** One page of the library and how many entries match. */
  public record Found(List<LibraryEntry> entries, long total) {}

  public Found search(LibraryQuery query, Reader reader) {
    var visibility = visibility(reader);
    return new Found(
        entries.search(query, visibility).stream().map(this::shown).toList(),
        entries.count(query, visibility));
  }

  public LibraryEntry find(String entryId, Reader reader) {
    return entries
        .find(entryId, visibility(reader))
        .map(this::shown)
        .orElseThrow(() -> new ResourceNotFoundException("library entry", entryId));
  }

  /** The entry as it may be copied into this account (see {@link #visibilityFor}). */
  LibraryEntry findFor(Account account, String entryId) {
    return entries
        .find(entryId, visibilityFor(account))
        .map(this::shown)
        .orElseThrow(() -> new ResourceNotFoundException("library entry", entryId));
  }

  /** The size band an account's ARR at signing falls into, as the success plan names it. */
  String bandOf(Account account) {
    return bands.bandOf(account.arrAtSigning()).getName();
  }

  /**
   * Internal entries are for the team that owns their account: in the CS team's view, and, for
   * suggestions to an account, of that account's own team, so what one team copies never carries
   * another team's internal story.
   */
  LibraryRepository.Visibility visibility(Reader reader) {
    return reader == Reader.CS_TEAM
        ? LibraryRepository.Visibility.of(inView.on("u.account_id"))
        : LibraryRepository.Visibility.ANONYMISED_ONLY;
  }

  LibraryRepository.Visibility visibilityFor(Account account) {
    return visibility(Reader.CS_TEAM).andTeam(accounts.ownership(account.id()).team());
  }

  List<StoredEntry> similarTo(Account account) {
    if (account.industry() == null || account.industry().isBlank()) {
      return List.of();
    }
    var band = bands.bandOf(account.arrAtSigning());
    return entries.ofSimilarAccounts(
        account.id(),
        account.industry(),
        bands.lowerBoundOf(band),
        band.getUpTo(),
        visibilityFor(account));
  }

  /** The entry as its scope allows: whole, or anonymised. */
  LibraryEntry shown(StoredEntry stored) {
    String band = bands.bandOf(stored.arrAtSigning()).getName();
    if (stored.shareScope() == StoryShareScope.INTERNAL) {
      return new LibraryEntry(
          stored.id(),
          stored.shareScope(),
          stored.title(),
          stored.industry(),
          band,
          stored.segmentKind(),
          stored.accountId(),
          stored.accountName(),
          stored.useCaseId(),
          stored.owner(),
          stored.template(),
          stored.requiredMaturity(),
          stored.outcome(),
          stored.kpis());
    }
    Anonymiser anonymiser =
        new Anonymiser(
            stored.accountName(), stored.accountId(), stored.industry(), peopleOf(stored));
    UseCaseTemplate template = stored.template();
    return new LibraryEntry(
        stored.id(),
        stored.shareScope(),
        anonymiser.anonymise(stored.title()),
        stored.industry(),
        band,
        stored.segmentKind(),
        null,
        null,
        null,
        null,
        new UseCaseTemplate(
            anonymiser.anonymise(template.challengesAndObjectives()),
            anonymiser.anonymise(template.expectedOutcomes()),
            anonymiser.anonymise(template.workflow()),
            anonymiser.anonymise(template.successFactors())),
        stored.requiredMaturity(),
        stored.outcome(),
        stored.kpis().stream()
            .map(
                kpi ->
                    new LibraryEntry.KpiResult(
                        anonymiser.anonymise(kpi.name()),
                        anonymiser.anonymise(kpi.unit()),
                        kpi.kind(),
                        kpi.method(),
                        kpi.before(),
                        kpi.after(),
                        kpi.target()))
            .toList());
  }

  /** The use case's leader and everyone its account's contracts name, partners included. */
  private List<String> peopleOf(StoredEntry stored) {
    List<String> people = new ArrayList<>();
    people.add(stored.owner());
    for (ReceivedContract received : contracts.ofAccount(stored.accountId())) {
      Contract contract = received.contract();
      contract.customerContacts().forEach(contact -> people.add(contact.name()));
      contract.customerContacts().forEach(contact -> people.add(contact.email()));
      contract.partners().forEach(partner -> people.add(partner.name()));
      var vendor = contract.vendorContacts();
      if (vendor != null) {
        for (var person : new Contract.Person[] {vendor.accountManager(), vendor.csm()}) {
          if (person != null) {
            people.add(person.name());
            people.add(person.email());
          }
        }
      }
    }
    return people;
  }
}
