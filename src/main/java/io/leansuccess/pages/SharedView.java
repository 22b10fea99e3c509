package io.leansuccess.pages;

import io.leansuccess.cycle.Qbr;
import io.leansuccess.cycle.QbrService;
import io.leansuccess.progress.ProgressDashboards;
import io.leansuccess.sharing.ShareLinks;
import io.leansuccess.successplan.SuccessPlanPages;
import io.leansuccess.successplan.SuccessPlanService;
import io.leansuccess.usecase.UseCaseService;
import io.leansuccess.usecase.UseCaseStatus;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;

/**
 * {@code /shared/{accountId}/{token}/...}: the customer's own view through a share link, no login:
 * the progress dashboard, the account's QBRs, its success plan and success stories, nothing else.
 * Every request opens the link again (and is recorded as a view); a link that expired, was revoked
 * or altered, or the token on another account's address, is a 404 like a page that does not exist.
 */
@Controller
class SharedView {

  static final String BASE = "/shared/{accountId}/{token}";

  private final ShareLinks links;
  private final ProgressDashboards dashboards;
  private final ProgressModel progress;
  private final QbrService qbrs;
  private final QbrModel qbrModel;
  private final CustomerCopy customerCopy;
  private final SuccessStory stories;
  private final UseCaseService useCases;
  private final SuccessPlanService plans;
  private final SuccessPlanPages planPages;
  private final ITemplateEngine templates;

  SharedView(
      ShareLinks links,
      ProgressDashboards dashboards,
      ProgressModel progress,
      QbrService qbrs,
      QbrModel qbrModel,
      CustomerCopy customerCopy,
      SuccessStory stories,
      UseCaseService useCases,
      SuccessPlanService plans,
      SuccessPlanPages planPages,
      ITemplateEngine templates) {
    this.links = links;
    this.dashboards = dashboards;
    this.progress = progress;
    this.qbrs = qbrs;
    this.qbrModel = qbrModel;
    this.customerCopy = customerCopy;
    this.stories = stories;
    this.useCases = useCases;
    this.plans = plans;
    this.planPages = planPages;
    this.templates = templates;
  }

  /** The links of the shared view's navigation. */
  record Nav(String base, List<Link> qbrs, List<Link> stories, boolean successPlan) {}

  record Link(String path, String title) {}

  @GetMapping(BASE)
  String dashboard(@PathVariable String accountId, @PathVariable String token, Model model) {
    open(accountId, token, "dashboard");
    progress.fill(model, dashboards.of(accountId).orElseThrow(SharedView::notFound));
    return shared(model, accountId, token, "pages/progress");
  }

  @GetMapping(BASE + "/qbr/{cycleId}")
  String qbr(
      @PathVariable String accountId,
      @PathVariable String token,
      @PathVariable String cycleId,
      Model model) {
    open(accountId, token, "qbr");
    Qbr qbr =
        qbrs.find(cycleId)
            .filter(found -> found.accountId().equals(accountId))
            .orElseThrow(SharedView::notFound);
    qbrModel.fill(model, customerCopy.of(qbr));
    return shared(model, accountId, token, "pages/qbr");
  }

  @GetMapping(BASE + "/success-plan")
  ResponseEntity<String> successPlan(@PathVariable String accountId, @PathVariable String token) {
    open(accountId, token, "success-plan");
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .body(planPages.html(plans.latest(accountId).orElseThrow(SharedView::notFound)));
  }

  @GetMapping(BASE + "/success-stories/{useCaseId}")
  String story(
      @PathVariable String accountId,
      @PathVariable String token,
      @PathVariable String useCaseId,
      Model model) {
    open(accountId, token, "success-story");
    model.addAttribute("story", story(accountId, useCaseId));
    model.addAttribute(
        "imageLink", base(accountId, token) + "/success-stories/" + useCaseId + ".svg");
    return shared(model, accountId, token, "pages/success-story");
  }

  @GetMapping(BASE + "/success-stories/{useCaseId}.svg")
  ResponseEntity<String> storyImage(
      @PathVariable String accountId, @PathVariable String token, @PathVariable String useCaseId) {
    open(accountId, token, "success-story-image");
    return SuccessStoryPage.svg(templates, story(accountId, useCaseId));
  }

  private String shared(Model model, String accountId, String token, String template) {
    String base = base(accountId, token);
    model.addAttribute("shared", true);
    model.addAttribute(
        "nav",
        new Nav(
            base,
            qbrs.ofAccount(accountId).stream()
                .map(qbr -> new Link(base + "/qbr/" + qbr.cycleId(), "QBR " + qbr.quarter()))
                .toList(),
            useCases.ofAccount(accountId, Set.of(UseCaseStatus.ADOPTED)).stream()
                .map(
                    useCase -> new Link(base + "/success-stories/" + useCase.id(), useCase.title()))
                .toList(),
            plans.latest(accountId).isPresent()));
    return template;
  }

  private SuccessStory.Story story(String accountId, String useCaseId) {
    return stories
        .of(useCaseId)
        .filter(story -> story.accountId().equals(accountId))
        .orElseThrow(SharedView::notFound);
  }

  private void open(String accountId, String token, String page) {
    if (links.open(accountId, token, page).isEmpty()) {
      throw notFound();
    }
  }

  private static String base(String accountId, String token) {
    return "/shared/" + accountId + "/" + token;
  }

  /** One answer for everything missing, so a link's existence is never told. */
  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Not found");
  }
}
