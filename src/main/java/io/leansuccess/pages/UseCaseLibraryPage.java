package io.leansuccess.pages;

import io.leansuccess.account.SegmentKind;
import io.leansuccess.library.LibraryQuery;
import io.leansuccess.library.UseCaseLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /pages/use-case-library}: social proof to browse, the use cases other accounts adopted and
 * shared, by industry, segment kind, workflow and KPI. The same entries as {@code GET
 * /api/v1/use-case-library}: internal ones of the accounts the reader sees, anonymised ones of all.
 */
@Controller
class UseCaseLibraryPage {

  static final int PAGE_SIZE = 20;
  static final int LONGEST_FILTER = 255;

  private final UseCaseLibrary library;

  UseCaseLibraryPage(UseCaseLibrary library) {
    this.library = library;
  }

  @GetMapping("/pages/use-case-library")
  String library(
      @RequestParam(required = false) String industry,
      @RequestParam(required = false) SegmentKind segmentKind,
      @RequestParam(required = false) String workflow,
      @RequestParam(required = false) String kpi,
      @RequestParam(defaultValue = "0") int offset,
      Model model) {
    if (offset < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "offset must not be negative");
    }
    var query =
        new LibraryQuery(
            filter("industry", industry),
            segmentKind,
            filter("workflow", workflow),
            filter("kpi", kpi),
            PAGE_SIZE,
            offset);
    var found = library.search(query, UseCaseLibrary.Reader.CS_TEAM);
    model.addAttribute("query", query);
    model.addAttribute("segmentKinds", SegmentKind.values());
    model.addAttribute("entries", found.entries());
    model.addAttribute("total", found.total());
    model.addAttribute("next", offset + PAGE_SIZE < found.total() ? offset + PAGE_SIZE : null);
    model.addAttribute("previous", offset > 0 ? Math.max(0, offset - PAGE_SIZE) : null);
    return "pages/use-case-library";
  }

  /** A blank filter filters nothing; one longer than a stored text can be is refused. */
  private static String filter(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > LONGEST_FILTER) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, name + " must be at most " + LONGEST_FILTER + " characters");
    }
    return value.trim();
  }
}
