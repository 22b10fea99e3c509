package io.leansuccess.api;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Names an offending value the way the client wrote it, {@code segments[1].licensedUsers}, from
 * whichever of Jackson and Bean Validation found it. Both know Java's view (method, parameter,
 * bean); the client only knows the JSON body and the parameter names.
 */
final class FieldPaths {

  /** How {@link JaxRsParameterNames} names the request body; the body is not part of a path. */
  static final String BODY_PREFIX = "body#";

  private FieldPaths() {}

  /** From a binding error's path, e.g. an unknown property or a wrong type; null at the root. */
  static String of(List<JsonMappingException.Reference> references) {
    var path = new Builder();
    for (var reference : references) {
      if (reference.getFieldName() != null) {
        path.property(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.index(String.valueOf(reference.getIndex()));
      }
    }
    return path.build();
  }

  /** From where the parser stood when the JSON turned malformed; null at the root. */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (var current = context;
        current != null && !current.inRoot();
        current = current.getParent()) {
      chain.push(current);
    }
    var path = new Builder();
    for (var current : chain) {
      if (current.inArray()) {
        path.index(String.valueOf(Math.max(current.getCurrentIndex(), 0)));
      } else if (current.getCurrentName() != null) {
        path.property(current.getCurrentName());
      }
    }
    return path.build();
  }

  /** From a constraint violation: drops the resource method and the body parameter. */
  static String of(Path violationPath) {
    var path = new Builder();
    for (Path.Node node : violationPath) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD
          || kind == ElementKind.CONSTRUCTOR
          || kind == ElementKind.CROSS_PARAMETER
          || kind == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        if (!node.getName().startsWith(BODY_PREFIX)) {
          path.property(node.getName());
        }
        continue;
      }
      // Bean Validation puts a list index on the element's node, not on the list's
      if (node.isInIterable()) {
        path.index(
            node.getIndex() != null ? node.getIndex().toString() : String.valueOf(node.getKey()));
      }
      if (kind == ElementKind.PROPERTY && node.getName() != null) {
        path.property(node.getName());
      }
    }
    return path.build();
  }

  private static final class Builder {
    private final StringBuilder path = new StringBuilder();

    void property(String name) {
      if (!path.isEmpty()) {
        path.append('.');
      }
      path.append(name);
    }

    void index(String index) {
      path.append('[').append(index).append(']');
    }

    String build() {
      return path.isEmpty() ? null : path.toString();
    }
  }
}
