package io.leansuccess.rules.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence in depth for DRL someone submits (a deployment, a simulation): rules decide from their
 * facts, so a file that names a way out of them (ending the JVM, running a program, threads,
 * reflection and class loading, files, the network, scripts, JNDI, deserialization) is refused
 * before it is compiled, wherever the name stands (an import, a condition, a consequence, a
 * function). It is a deny-list over the text and cannot be complete; what keeps code out is who may
 * deploy (admins) and simulate (rule authors): docs/rules.md says what it does not catch.
 */
final class ForbiddenCalls {

  /** Names that need no qualification to reach their danger. */
  private static final Pattern NAMES =
      Pattern.compile(
          "\\b(System|Runtime|ProcessBuilder|ProcessHandle|Thread"
              + "|ThreadGroup|ThreadLocal|Executors?|ExecutorService|ForkJoinPool|Timer|ClassLoader|Class|forName|getClass"
              + "|getDeclaredMethods?|getMethods?|getDeclaredFields?|getFields?|getDeclaredConstructors?|getConstructors?"
              + "|setAccessible|invoke|invokeExact|newInstance|MethodHandles?|Unsafe|exit|halt|exec|load|loadLibrary"
              + "|File|Files|Paths?|FileSystems?|RandomAccessFile|FileInputStream|FileOutputStream|FileReader|FileWriter"
              + "|PrintWriter|Socket|ServerSocket|DatagramSocket|URL|URLConnection|HttpClient|ObjectInputStream"
              + "|ScriptEngine|ScriptEngineManager|InitialContext|Compiler|ToolProvider|SecurityManager|StackWalker)\\b");

  /** Whole packages, however spaced: {@code java.io}, {@code java . nio}. */
  private static final Pattern PACKAGES =
      Pattern.compile(
          "\\b(java\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*reflect"
              + "|lang\\s*\\.\\s*invoke|lang\\s*\\.\\s*management|rmi|sql)|javax\\s*\\.\\s*(script|naming|management|tools)"
              + "|sun|jdk\\s*\\.\\s*internal|com\\s*\\.\\s*sun|org\\s*\\.\\s*springframework|org\\s*\\.\\s*camunda)\\b");

  /** Comments, string and character literals: text, not code. */
  private static final Pattern TEXT =
      Pattern.compile(
          "\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|\\z)");

  /** The Java compiler reads {@code \u0053ystem} as {@code System}, even inside a string. */
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u");

  private ForbiddenCalls() {}

  static List<CompilationProblem> in(String resourceName, String drl) {
    List<CompilationProblem> problems = new ArrayList<>();
    Matcher escape = UNICODE_ESCAPE.matcher(drl);
    if (escape.find()) {
      problems.add(
          problem(
              resourceName,
              drl,
              escape.start(),
              "a unicode escape (\\u...): rules may not hide their code, write the character itself"));
    }
    String code = withoutText(drl);
    for (Pattern pattern : List.of(PACKAGES, NAMES)) {
      Matcher name = pattern.matcher(code);
      while (name.find()) {
        problems.add(
            problem(
                resourceName,
                drl,
                name.start(),
                "names "
                    + name.group().replaceAll("\\s+", "")
                    + ", which rules may not use: a rule decides from its facts; it never ends the application, runs a"
                    + " program, starts threads, reflects, loads classes or reads and writes files or the network"));
      }
    }
    return problems;
  }

  /** Blanks comments and literals out, keeping every other character where it was. */
  private static String withoutText(String drl) {
    StringBuilder code = new StringBuilder(drl);
    Matcher text = TEXT.matcher(drl);
    while (text.find()) {
      for (int i = text.start(); i < text.end(); i++) {
        if (code.charAt(i) != '\n') {
          code.setCharAt(i, ' ');
        }
      }
    }
    return code.toString();
  }

  private static CompilationProblem problem(
      String resourceName, String drl, int offset, String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (drl.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new CompilationProblem(resourceName, line, offset - lineStart, text);
  }
}
