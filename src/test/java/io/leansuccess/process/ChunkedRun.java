package io.leansuccess.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two paths of a scheduled run in chunks (a health run, a retention run), the same in each of
 * those diagrams: a timer starts it, each chunk is an asynchronous job of its own, and the loop
 * goes round while the delegate says there is more. Each subclass deploys its diagram and checks
 * its schedule.
 */
abstract class ChunkedRun extends InMemoryEngine {

  private final String processKey;
  private final String startEventId;
  private final String chunkTaskId;
  private final String endEventId;
  private final String moreVariable;
  private final String delegate;

  ChunkedRun(
      String processKey,
      String startEventId,
      String chunkTaskId,
      String endEventId,
      String moreVariable,
      String delegate) {
    this.processKey = processKey;
    this.startEventId = startEventId;
    this.chunkTaskId = chunkTaskId;
    this.endEventId = endEventId;
    this.moreVariable = moreVariable;
    this.delegate = delegate;
  }

  @BeforeEach
  void deployedOnAMondayMorning() {
    clockAt("2027-01-04T09:00:00Z");
  }

  @Test
  void shouldEndAfterOneChunkWhenNothingMoreIsLeft() {
    Chunks chunks = chunks(false);
    ProcessInstance run = startedByItsTimer(processKey, startEventId);

    assertThat(run).isWaitingAt(chunkTaskId);
    execute(job(run));

    assertThat(run).isEnded().hasPassed(chunkTaskId, endEventId);
    Assertions.assertThat(chunks.runs()).isOne();
  }

  @Test
  void shouldGoChunkAfterChunkEachInAJobOfItsOwnWhileMoreIsLeft() {
    Chunks chunks = chunks(true, true, false);
    ProcessInstance run = startedByItsTimer(processKey, startEventId);

    execute(job(run));
    assertThat(run).isWaitingAt(chunkTaskId);
    execute(job(run));
    assertThat(run).isWaitingAt(chunkTaskId);
    execute(job(run));

    assertThat(run).isEnded().hasPassed(endEventId);
    Assertions.assertThat(chunks.runs()).isEqualTo(3);
  }

  private Chunks chunks(Boolean... more) {
    Chunks chunks = Chunks.saying(moreVariable, more);
    Mocks.register(delegate, chunks.delegate());
    return chunks;
  }

  /** The shipped schedules are cron expressions, which the engine reads in the JVM's time zone. */
  static Instant at(String day, int hour, int minute) {
    return LocalDate.parse(day).atTime(hour, minute).atZone(ZoneId.systemDefault()).toInstant();
  }
}
