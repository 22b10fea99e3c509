package io.leansuccess.library;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a free text what names the account: its name (also without a legal suffix such as
 * "Inc" or "GmbH", and its first word alone, the brand, unless that word is an article or part of
 * the industry: "Northvale" of "Northvale Veterinary Group", not "Bank" of a bank), its id, the
 * people of the account and of its contracts (whole names, first and last names) and every e-mail
 * address. What is left reads on: "the customer", "[name]", "[e-mail]".
 */
final class Anonymiser {

  static final String CUSTOMER = "the customer";
  static final String PERSON = "[name]";
  static final String EMAIL = "[e-mail]";

  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
  private static final Pattern LEGAL_SUFFIX =
      Pattern.compile(
          "(?iu)[\\s,]+(inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|sas|bv|nv|corp|corporation|co|company|group|holding|holdings)\\.?$");

  /** Shorter parts of a name than this are common words, not names ("Al", "Li" stay). */
  private static final int SHORTEST_NAME_PART = 3;

  private static final Set<String> ARTICLES = Set.of("the", "les", "der", "die", "das", "het");

  private final List<Pattern> accountNames;
  private final List<Pattern> people;

  Anonymiser(
      String accountName, String accountId, String industry, Collection<String> peopleNames) {
    Set<String> names = new LinkedHashSet<>();
    if (accountName != null && !accountName.isBlank()) {
      names.add(accountName.trim());
      String withoutSuffix = LEGAL_SUFFIX.matcher(accountName.trim()).replaceAll("");
      names.add(withoutSuffix);
      String brand = withoutSuffix.split("[\\s,]+")[0];
      String trade = industry == null ? "" : industry.toLowerCase(Locale.ROOT);
      String lowerBrand = brand.toLowerCase(Locale.ROOT);
      if (brand.length() >= SHORTEST_NAME_PART
          && !ARTICLES.contains(lowerBrand)
          && !trade.contains(lowerBrand)) {
        names.add(brand);
      }
    }
    if (accountId != null) {
      names.add(accountId);
    }
    this.accountNames = patterns(names);
    Set<String> persons = new LinkedHashSet<>();
    for (String person : peopleNames) {
      if (person == null || person.isBlank()) {
        continue;
      }
      String name = person.contains("@") ? person.substring(0, person.indexOf('@')) : person;
      persons.add(name.trim());
      for (String part : name.split("[\\s._-]+")) {
        if (part.length() >= SHORTEST_NAME_PART) {
          persons.add(part);
        }
      }
    }
    this.people = patterns(persons);
  }

  String anonymise(String text) {
    if (text == null) {
      return null;
    }
    String result = EMAIL_ADDRESS.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL));
    for (Pattern name : accountNames) {
      result = name.matcher(result).replaceAll(Matcher.quoteReplacement(CUSTOMER));
    }
    for (Pattern person : people) {
      result = person.matcher(result).replaceAll(Matcher.quoteReplacement(PERSON));
    }
    return result;
  }

  /** Longest first, so "Globex Corporation" goes before "Globex" leaves " Corporation" behind. */
  private static List<Pattern> patterns(Set<String> names) {
    return names.stream()
        .filter(Objects::nonNull)
        .filter(name -> !name.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(
            name ->
                Pattern.compile(
                    "(?<![\\p{L}\\p{N}])"
                        + Pattern.quote(name.toLowerCase(Locale.ROOT))
                        + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }
}
