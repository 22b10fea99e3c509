package io.leansuccess.pages;

import io.leansuccess.progress.ProgressDashboards;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.sharing.ShareLink;
import io.leansuccess.sharing.ShareLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /pages/accounts/{id}/progress} and {@code /pages/accounts/{id}/share-links}: the progress
 * dashboard as the CS team sees it, and the account's share links: create one, see who made each
 * and every view, revoke one. The forms post to this site only: a post whose Origin or fetch site
 * is another site is refused, beside the session cookie's SameSite.
 */
@Controller
class ShareLinksPage {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ShareLinks links;
  private final ProgressDashboards dashboards;
  private final ProgressModel progress;
  private final Clock clock;

  ShareLinksPage(
      ShareLinks links, ProgressDashboards dashboards, ProgressModel progress, Clock clock) {
    this.links = links;
    this.dashboards = dashboards;
    this.progress = progress;
    this.clock = clock;
  }

  /** A link as a row of the page. */
  record Row(
      String id,
      String url,
      String status,
      String createdBy,
      String createdAt,
      String expiresAt,
      String revoked,
      long viewCount,
      List<String> views) {}

  @GetMapping("/pages/accounts/{accountId}/progress")
  String progress(@PathVariable String accountId, Model model) {
    progress.fill(
        model,
        dashboards
            .of(accountId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No account")));
    model.addAttribute("shared", false);
    return "pages/progress";
  }

  @GetMapping("/pages/accounts/{accountId}/share-links")
  String list(@PathVariable String accountId, Model model) {
    model.addAttribute("accountId", accountId);
    model.addAttribute(
        "rows", found(() -> links.ofAccount(accountId)).stream().map(this::row).toList());
    return "pages/share-links";
  }

  @PostMapping("/pages/accounts/{accountId}/share-links")
  String create(
      @PathVariable String accountId,
      @RequestParam(required = false) Integer validForDays,
      HttpServletRequest request) {
    sameSite(request);
    try {
      found(() -> links.create(accountId, validForDays, user(request)));
    } catch (InvalidFieldException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    return "redirect:/pages/accounts/" + accountId + "/share-links";
  }

  @PostMapping("/pages/accounts/{accountId}/share-links/{linkId}/revoke")
  String revoke(
      @PathVariable String accountId, @PathVariable String linkId, HttpServletRequest request) {
    sameSite(request);
    UUID id;
    try {
      id = UUID.fromString(linkId);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No share link");
    }
    found(() -> links.revoke(accountId, id, user(request)));
    return "redirect:/pages/accounts/" + accountId + "/share-links";
  }

  private Row row(ShareLink link) {
    String url =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .pathSegment("shared", link.accountId(), links.tokenOf(link))
            .build()
            .toUriString();
    return new Row(
        link.id().toString(),
        url,
        link.statusAt(clock.instant()),
        link.createdBy(),
        AT.format(link.createdAt()),
        AT.format(link.expiresAt()),
        link.revokedAt() == null ? null : AT.format(link.revokedAt()) + " by " + link.revokedBy(),
        link.viewCount(),
        link.views().stream().map(view -> AT.format(view.viewedAt()) + " " + view.page()).toList());
  }

  private static String user(HttpServletRequest request) {
    var user =
        (PagesAuthenticationFilter.PageUser)
            request.getAttribute(PagesAuthenticationFilter.USER_ATTRIBUTE);
    return user.id();
  }

  /** A form posted from another site is refused (browsers send Origin and Sec-Fetch-Site). */
  private static void sameSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    String origin = request.getHeader("Origin");
    String self =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .replacePath(null)
            .build()
            .toUriString();
    if ((site != null && !site.equals("same-origin")) || (origin != null && !origin.equals(self))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Posted from another site");
    }
  }

  private static <T> T found(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (ResourceNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not found");
    }
  }
}
