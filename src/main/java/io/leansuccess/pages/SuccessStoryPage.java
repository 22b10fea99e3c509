package io.leansuccess.pages;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * {@code /pages/use-cases/{id}/success-story} and {@code success-story.svg}: an adopted use case's
 * success story to share, as a page and as an image for slides, mails and chat. "The easier you
 * make it to share the better."
 */
@Controller
class SuccessStoryPage {

  static final MediaType SVG = MediaType.valueOf("image/svg+xml");

  private final SuccessStory stories;
  private final ITemplateEngine templates;

  SuccessStoryPage(SuccessStory stories, ITemplateEngine templates) {
    this.stories = stories;
    this.templates = templates;
  }

  @GetMapping("/pages/use-cases/{id}/success-story")
  String story(@PathVariable String id, Model model) {
    model.addAttribute("story", find(id));
    String self = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString();
    model.addAttribute("shareLink", self);
    model.addAttribute("imageLink", self + ".svg");
    return "pages/success-story";
  }

  @GetMapping("/pages/use-cases/{id}/success-story.svg")
  ResponseEntity<String> image(@PathVariable String id) {
    return svg(templates, find(id));
  }

  static ResponseEntity<String> svg(ITemplateEngine templates, SuccessStory.Story story) {
    var context =
        new Context(
            Locale.ROOT,
            Map.of(
                "story", story,
                "challenge", SuccessStory.wrap(story.challenge(), 70, 3),
                "workflow", SuccessStory.wrap(story.workflow(), 70, 2),
                "kpis", story.kpis().stream().limit(3).toList()));
    // XML mode (SvgTemplates): text and attributes are escaped as XML, so the image always parses
    return ResponseEntity.ok()
        .contentType(SVG)
        .body(templates.process("svg/success-story", context));
  }

  /** Links shared while the page was called a card keep working. */
  @GetMapping("/pages/use-cases/{id}/card")
  ResponseEntity<Void> formerPage(@PathVariable String id) {
    return movedTo("/pages/use-cases/{id}/success-story", id);
  }

  @GetMapping("/pages/use-cases/{id}/card.svg")
  ResponseEntity<Void> formerImage(@PathVariable String id) {
    return movedTo("/pages/use-cases/{id}/success-story.svg", id);
  }

  private static ResponseEntity<Void> movedTo(String path, String id) {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(
            ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .buildAndExpand(id)
                .toUri())
        .build();
  }

  private SuccessStory.Story find(String id) {
    return stories
        .of(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No adopted use case " + id));
  }
}
