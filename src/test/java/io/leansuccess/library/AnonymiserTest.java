package io.leansuccess.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymiserTest {

  final Anonymiser anonymiser =
      new Anonymiser(
          "Globex Corporation",
          "globex-emea",
          "Logistics",
          List.of("Maya Okafor", "jo.li@globex.example", "Bolt Integrators"));

  @Test
  void shouldSayTheCustomerWhereTheTextNamesTheAccountWithOrWithoutItsLegalSuffix() {
    assertThat(anonymiser.anonymise("GLOBEX CORPORATION closes faster; Globex's planners agree"))
        .isEqualTo("the customer closes faster; the customer's planners agree");
  }

  @Test
  void shouldTakeOutTheBrandAloneUnlessItIsAnArticleOrTheIndustry() {
    assertThat(
            new Anonymiser("Northvale Veterinary Group", "nv", "Veterinary care", List.of())
                .anonymise("Northvale's vets; veterinary teams"))
        .isEqualTo("the customer's vets; veterinary teams");
    assertThat(
            new Anonymiser("Bank of Lyon", "bol", "Banking", List.of())
                .anonymise("Bank of Lyon: every bank branch"))
        .isEqualTo("the customer: every bank branch");
    assertThat(
            new Anonymiser("The Fernhill Trust", "ft", "Charities", List.of())
                .anonymise("The Fernhill Trust, the trust"))
        .isEqualTo("the customer, the trust");
  }

  @Test
  void shouldKeepWordsThatOnlyContainTheName() {
    assertThat(anonymiser.anonymise("Globexia and Superglobex stay"))
        .isEqualTo("Globexia and Superglobex stay");
    assertThat(anonymiser.anonymise("Account globex-emea")).isEqualTo("Account the customer");
  }

  @Test
  void shouldTakeOutPeopleByWholeFirstOrLastNameAndEveryEmailAddress() {
    assertThat(anonymiser.anonymise("Maya Okafor, then Okafor alone, asked ana@else.example"))
        .isEqualTo("[name], then [name] alone, asked [e-mail]");
    assertThat(anonymiser.anonymise("Bolt Integrators built it")).isEqualTo("[name] built it");
  }

  @Test
  void shouldKeepNamePartsShorterThanThreeLettersAsTheyAreCommonWords() {
    assertThat(anonymiser.anonymise("Jo Li said li is a unit"))
        .isEqualTo("Jo Li said li is a unit");
  }

  @Test
  void shouldLeaveATextWithoutNamesAsItIs() {
    assertThat(anonymiser.anonymise("Weekly planning in Flow"))
        .isEqualTo("Weekly planning in Flow");
    assertThat(anonymiser.anonymise(null)).isNull();
  }
}
