package io.leansuccess.successplan;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The success plan as a printable page: HTML from a Thymeleaf template ({@code th:text} escapes
 * every value, so whatever the CRM sent is shown as text, never run as markup) and PDF rendered
 * from that same HTML. The template is XHTML because the PDF renderer parses it as XML. Its own
 * engine, not the pages' one: the API serves the plan also where a host switches the pages off.
 */
@Component
public class SuccessPlanPages {

  private static final String TEMPLATE = "success-plan";

  private final TemplateEngine templates;

  public SuccessPlanPages() {
    XRLog.setLoggerImpl(new PdfLog());
    var resolver = new ClassLoaderTemplateResolver(SuccessPlanPages.class.getClassLoader());
    resolver.setPrefix("io/leansuccess/successplan/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    this.templates = new SpringTemplateEngine();
    templates.setTemplateResolver(resolver);
  }

  public String html(SuccessPlan plan) {
    return templates.process(
        TEMPLATE, new Context(Locale.ENGLISH, new SuccessPlanView(plan).variables()));
  }

  public byte[] pdf(SuccessPlan plan) {
    var out = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html(plan), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
