package io.leansuccess.successplan;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The success plan as a printable page: HTML from a Mustache template (which escapes every value,
 * so whatever the CRM sent is shown as text, never run as markup) and PDF rendered from that same
 * HTML. The template is XHTML because the PDF renderer parses it as XML.
 */
@Component
public class SuccessPlanPages {

  private static final String TEMPLATE = "/io/leansuccess/successplan/success-plan.mustache";

  private final Template template;

  public SuccessPlanPages() {
    XRLog.setLoggerImpl(new PdfLog());
    try (Reader reader = new InputStreamReader(
        Objects.requireNonNull(getClass().getResourceAsStream(TEMPLATE), TEMPLATE), StandardCharsets.UTF_8)) {
      // escapeHTML is the default; stated because the page's safety rests on it
      this.template = Mustache.compiler().escapeHTML(true).defaultValue("").compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String html(SuccessPlan plan) {
    return template.execute(new SuccessPlanView(plan));
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
