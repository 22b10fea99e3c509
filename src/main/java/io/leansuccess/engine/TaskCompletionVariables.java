package io.leansuccess.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is completed with its form's answers and nothing else. Tasklist sends only the fields of
 * the task's Camunda Form, but a REST client can send any variable with {@code complete}, {@code
 * submit-form} or {@code resolve}, and the engine stores it in the process: the account a cycle
 * belongs to, the rules it is pinned to, a due date. Such a completion is refused with 400, in
 * Camunda's error format, naming the variable, before the engine sees it; a task without a deployed
 * Camunda Form is left to the engine. Setting variables one by one takes the variable rights of
 * {@link TaskVariablesNeedVariableRights}.
 */
final class TaskCompletionVariables extends OncePerRequestFilter {

  /** {@code …/task/{id}/complete}, also under {@code /engine/{name}} and the webapps' API. */
  private static final Pattern COMPLETION =
      Pattern.compile("/task/([^/]+)/(?:complete|submit-form|resolve)/?$");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<ProcessEngine> engine;
  private final TaskFormValidation forms;

  TaskCompletionVariables(ObjectProvider<ProcessEngine> engine, TaskFormValidation forms) {
    this.engine = engine;
    this.forms = forms;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !COMPLETION.matcher(EngineApiAnswers.path(request)).find();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // a body that does not arrive fails this read: the body read deadline answers 408
    byte[] body = request.getInputStream().readAllBytes();
    Matcher completion = COMPLETION.matcher(EngineApiAnswers.path(request));
    completion.find();
    Optional<String> foreign = foreignVariable(completion.group(1), body);
    if (foreign.isPresent()) {
      refuse(response, foreign.get());
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  private Optional<String> foreignVariable(String taskId, byte[] body) {
    List<String> sent = variableNames(body);
    if (sent.isEmpty()) {
      return Optional.empty();
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    Optional<Set<String>> fields =
        configuration.getCommandExecutorTxRequired().execute(context -> forms.fieldKeys(taskId));
    return fields.flatMap(keys -> sent.stream().filter(name -> !keys.contains(name)).findFirst());
  }

  /** The names of {@code variables}; none when the body is not the JSON Camunda reads. */
  private static List<String> variableNames(byte[] body) {
    List<String> names = new ArrayList<>();
    try {
      JsonNode variables = JSON.readTree(body).path("variables");
      for (Iterator<String> each = variables.fieldNames(); each.hasNext(); ) {
        names.add(each.next());
      }
    } catch (IOException unreadable) {
      // Camunda answers an unreadable body itself
    }
    return names;
  }

  private static void refuse(HttpServletResponse response, String variable) throws IOException {
    EngineApiAnswers.error(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        EngineRestErrors.INVALID_REQUEST_TYPE,
        "Cannot complete the task with variable '"
            + variable
            + "': it is not a field of the task's form. Send only the form's fields.");
  }

  /** The request as it came, its body read once here and again by Camunda. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("blocking reads only");
        }
      };
    }
  }
}
