package io.leansuccess.portfolio;

import io.leansuccess.cycle.CycleStage;
import io.leansuccess.health.HealthColour;
import io.leansuccess.maturity.MaturityLevel;
import io.leansuccess.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a CS leader asks the portfolio for, as the page's URL carries it ({@code
 * ?health=RED&renewalWithin=120&sort=renewal}): every parameter optional, every value checked, a
 * bad one a 400 naming its parameter.
 *
 * @param team the accounts of this team only
 * @param csm the accounts this CSM owns only
 * @param stage where the account's success cycle stands: a {@link CycleStage}, {@code LAUNCH} or
 *     {@code NO_CYCLE}
 * @param health the colour of the latest evaluation, or {@code NOT_EVALUATED}
 * @param maturity the level of the account's least mature segment (1 to 5)
 * @param renewalWithin renewals from today to this many days ahead
 * @param search part of the account's name or id, any case
 * @param page from 1
 */
public record PortfolioFilter(
    String team,
    String csm,
    String stage,
    String health,
    Integer maturity,
    Integer renewalWithin,
    String search,
    PortfolioSort sort,
    boolean descending,
    int page,
    int size) {

  /** The stage of an account that has never started a cycle. */
  public static final String NO_CYCLE = "NO_CYCLE";

  /** The stage of an account onboarded from its contract, in its launch before the first cycle. */
  public static final String LAUNCH = "LAUNCH";

  /** The health of an account the health rules have not evaluated yet. */
  public static final String NOT_EVALUATED = "NOT_EVALUATED";

  public static final int DEFAULT_SIZE = 50;
  public static final int MAXIMUM_SIZE = 200;
  static final int MAXIMUM_RENEWAL_DAYS = 3660;
  static final int MAXIMUM_TEXT = 64;

  static final Set<String> PARAMETERS =
      Set.of(
          "team",
          "csm",
          "stage",
          "health",
          "maturity",
          "renewalWithin",
          "q",
          "sort",
          "direction",
          "page",
          "size");

  /** Every stage, in the order of the method: the stage chart's axis. */
  public static List<String> stages() {
    List<String> stages = new ArrayList<>(List.of(NO_CYCLE, LAUNCH));
    Arrays.stream(CycleStage.values()).map(Enum::name).forEach(stages::add);
    return stages;
  }

  /** Every health, worst first: the health chart's axis. */
  public static List<String> healths() {
    return List.of(
        HealthColour.RED.name(),
        HealthColour.AMBER.name(),
        HealthColour.GREEN.name(),
        NOT_EVALUATED);
  }

  /** The first page of every account, by name. */
  public static PortfolioFilter everything() {
    return of(Map.of());
  }

  /**
   * The filter of these query parameters; blank values count as left out.
   *
   * @throws InvalidFieldException naming the parameter whose value cannot be
   */
  public static PortfolioFilter of(Map<String, String> parameters) {
    for (String name : parameters.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw new InvalidFieldException(
            name, "is no filter of the portfolio; it takes " + String.join(", ", sorted()));
      }
    }
    Map<String, String> given = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            given.put(name, value.strip());
          }
        });
    return new PortfolioFilter(
        text(given, "team"),
        text(given, "csm"),
        oneOf(given, "stage", stages()),
        oneOf(given, "health", healths()),
        number(given, "maturity", 1, MaturityLevel.values().length),
        number(given, "renewalWithin", 0, MAXIMUM_RENEWAL_DAYS),
        text(given, "q"),
        PortfolioSort.of(given.get("sort")),
        direction(given.get("direction")),
        orElse(number(given, "page", 1, Integer.MAX_VALUE), 1),
        orElse(number(given, "size", 1, MAXIMUM_SIZE), DEFAULT_SIZE));
  }

  /** This filter on another page. */
  public PortfolioFilter onPage(int other) {
    return new PortfolioFilter(
        team, csm, stage, health, maturity, renewalWithin, search, sort, descending, other, size);
  }

  /**
   * The filter as query parameters, defaults left out: what the page's links carry, so a view is
   * bookmarkable.
   */
  public Map<String, String> parameters() {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "team", team);
    put(out, "csm", csm);
    put(out, "stage", stage);
    put(out, "health", health);
    put(out, "maturity", maturity);
    put(out, "renewalWithin", renewalWithin);
    put(out, "q", search);
    if (sort != PortfolioSort.NAME) {
      put(out, "sort", sort.parameter());
    }
    if (descending) {
      put(out, "direction", "desc");
    }
    if (page != 1) {
      put(out, "page", page);
    }
    if (size != DEFAULT_SIZE) {
      put(out, "size", size);
    }
    return out;
  }

  long offset() {
    return (long) (page - 1) * size;
  }

  private static void put(Map<String, String> out, String name, Object value) {
    if (value != null) {
      out.put(name, value.toString());
    }
  }

  private static List<String> sorted() {
    return PARAMETERS.stream().sorted().toList();
  }

  private static String text(Map<String, String> given, String name) {
    String value = given.get(name);
    if (value != null && value.length() > MAXIMUM_TEXT) {
      throw new InvalidFieldException(name, "is longer than " + MAXIMUM_TEXT + " characters");
    }
    return value;
  }

  private static String oneOf(Map<String, String> given, String name, List<String> allowed) {
    String value = given.get(name);
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(upper)) {
      throw new InvalidFieldException(
          name, "must be one of " + String.join(", ", allowed) + ": '" + shortened(value) + "'");
    }
    return upper;
  }

  private static Integer number(Map<String, String> given, String name, int min, int max) {
    String value = given.get(name);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below, as any other value out of range
    }
    String range = max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
    throw new InvalidFieldException(
        name, "must be a whole number " + range + ": '" + shortened(value) + "'");
  }

  private static boolean direction(String value) {
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "asc" -> false;
      case "desc" -> true;
      default ->
          throw new InvalidFieldException(
              "direction", "must be asc or desc: '" + shortened(value) + "'");
    };
  }

  private static int orElse(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  static String shortened(String value) {
    return value.length() <= MAXIMUM_TEXT ? value : value.substring(0, MAXIMUM_TEXT) + "…";
  }
}
