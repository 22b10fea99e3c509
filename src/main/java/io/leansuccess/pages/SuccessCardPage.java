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
 * {@code /pages/use-cases/{id}/card} and {@code card.svg}: an adopted use case as a card to share,
 * as a page and as an image for slides, mails and chat. "The easier you make it to share the better."
 */
@Controller
class SuccessCardPage {

  static final MediaType SVG = MediaType.valueOf("image/svg+xml");

  private final SuccessCard cards;
  private final ITemplateEngine templates;

  SuccessCardPage(SuccessCard cards, ITemplateEngine templates) {
    this.cards = cards;
    this.templates = templates;
  }

  @GetMapping("/pages/use-cases/{id}/card")
  String card(@PathVariable String id, Model model) {
    model.addAttribute("card", find(id));
    String self = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString();
    model.addAttribute("shareLink", self);
    model.addAttribute("imageLink", self + ".svg");
    return "pages/card";
  }

  @GetMapping("/pages/use-cases/{id}/card.svg")
  ResponseEntity<String> image(@PathVariable String id) {
    SuccessCard.Card card = find(id);
    var context = new Context(Locale.ROOT, Map.of(
        "card", card,
        "challenge", SuccessCard.wrap(card.challenge(), 70, 3),
        "workflow", SuccessCard.wrap(card.workflow(), 70, 2),
        "kpis", card.kpis().stream().limit(3).toList()));
    // XML mode (SvgTemplates): text and attributes are escaped as XML, so the image always parses
    return ResponseEntity.ok().contentType(SVG).body(templates.process("svg/card", context));
  }

  private SuccessCard.Card find(String id) {
    return cards.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No adopted use case " + id));
  }
}
