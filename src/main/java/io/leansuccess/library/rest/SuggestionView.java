package io.leansuccess.library.rest;

import io.leansuccess.library.Suggestion;
import io.swagger.v3.oas.annotations.media.Schema;

/** A library entry suggested to an account, with how many similar accounts adopted it and why. */
@Schema(name = "UseCaseSuggestion")
public record SuggestionView(LibraryEntryView entry, int adoptedBy, String reason) {

  static SuggestionView from(Suggestion suggestion) {
    return new SuggestionView(
        LibraryEntryView.from(suggestion.entry()), suggestion.adoptedBy(), suggestion.reason());
  }
}
