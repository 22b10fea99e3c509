package io.leansuccess.pages;

import io.leansuccess.cycle.Qbr;
import io.leansuccess.cycle.QbrService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /pages/accounts/{id}/cycles/{cycleId}/qbr}: the stored QBR snapshot of a cycle as the
 * customer sees it in the review, printable. It shows what was stored when the review was produced
 * in Revise, not today's numbers, so the page and the meeting agree.
 */
@Controller
class QbrPage {

  private final QbrService qbrs;
  private final QbrModel model;

  QbrPage(QbrService qbrs, QbrModel model) {
    this.qbrs = qbrs;
    this.model = model;
  }

  @GetMapping("/pages/accounts/{accountId}/cycles/{cycleId}/qbr")
  String qbr(@PathVariable String accountId, @PathVariable String cycleId, Model page) {
    Qbr qbr =
        qbrs.find(cycleId)
            .filter(found -> found.accountId().equals(accountId))
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "No QBR for cycle " + cycleId + " of account " + accountId));
    model.fill(page, qbr);
    page.addAttribute("shared", false);
    page.addAttribute("shareLinks", "/pages/accounts/" + accountId + "/share-links");
    return "pages/qbr";
  }
}
