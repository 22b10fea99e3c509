package io.leansuccess.library.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.library.LibraryLogger;
import io.leansuccess.library.LibrarySuggestions;
import io.leansuccess.library.Suggestion;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_IdentifyUseCases, on create: what the use-case library suggests to the account, as the
 * task's own {@code librarySuggestions} (Markdown the form shows). A library that cannot be read
 * now leaves a note instead: the cycle does not wait for it.
 */
@Component("suggestLibraryUseCases")
public class SuggestLibraryUseCasesListener implements TaskListener {

  public static final String SUGGESTIONS = "librarySuggestions";

  private final LibrarySuggestions library;

  public SuggestLibraryUseCasesListener(LibrarySuggestions library) {
    this.library = library;
  }

  @Override
  public void notify(DelegateTask task) {
    String accountId = (String) task.getVariable(SuccessCycleProcess.ACCOUNT_ID);
    String text;
    try {
      text = markdown(library.suggestionsFor(accountId));
    } catch (RuntimeException unreadable) {
      LibraryLogger.suggestionsUnreadable(accountId, unreadable);
      text = "The library's suggestions could not be read now; the API lists them.";
    }
    task.setVariableLocal(SUGGESTIONS, text);
  }

  static String markdown(List<Suggestion> suggestions) {
    if (suggestions.isEmpty()) {
      return "No similar account has shared an adopted use case yet.";
    }
    StringBuilder text = new StringBuilder();
    for (Suggestion suggestion : suggestions) {
      text.append("- **")
          .append(plain(suggestion.entry().title()))
          .append("**: ")
          .append(plain(suggestion.reason()))
          .append(" (entry `")
          .append(suggestion.entry().id())
          .append("`)\n");
    }
    return text.toString();
  }

  /** The form renders Markdown: a title's own asterisks or brackets stay text. */
  private static String plain(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|{}])", "\\\\$1");
  }
}
