package io.leansuccess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a CSM or manager types into each form of {@code processes/forms/} in Tasklist: every
 * required field filled as the form asks, with values a real team would write. Tests that are not
 * about a form's rules complete tasks with these; the server refuses a task without them.
 */
public final class FormAnswers {

  private static final Map<String, Map<String, Object>> BY_FORM =
      Map.ofEntries(
          Map.entry(
              "Form_SetVision",
              Map.of(
                  "visionStatement", "Every warehouse plans its week in Globex Flow",
                  "visionObjectives", "Planning in the product: 80% of plans made in Flow")),
          Map.entry(
              "Form_ConfirmVision",
              Map.of(
                  "visionStatement", "Every warehouse plans its week in Globex Flow",
                  "visionObjectives", "Planning in the product: 80% of plans made in Flow",
                  "visionConfirmedWithCustomer", true)),
          Map.entry("Form_IdentifyUseCases", Map.of("pipelineReady", true)),
          Map.entry("Form_AssignOwners", Map.of("ownersConfirmed", true)),
          Map.entry(
              "Form_PlanStakeholderEngagement",
              Map.of(
                  "stakeholderPlan",
                  "Monthly steering with the COO; a planners' champion in every region")),
          Map.entry(
              "Form_ReadyUseCase",
              Map.of("ownerConfirmed", true, "templateComplete", true, "usersTrained", true)),
          Map.entry(
              "Form_ProgressCheckIn",
              Map.of(
                  "progressStatus",
                  "ON_TRACK",
                  "progressNotes",
                  "Two more depots plan their week in Flow")),
          Map.entry(
              "Form_SteeringCheckIn",
              Map.of(
                  "steeringStatus",
                  "ON_TRACK",
                  "steeringNotes",
                  "The COO reviews the weekly numbers in Flow")),
          Map.entry(
              "Form_ChampionCheckIn",
              Map.of("championNotes", "Champions ran two lunch-and-learn sessions")),
          // the outcome is prefilled with the rules' proposal; confirming it needs no reason
          Map.entry("Form_ConfirmOutcome", Map.of()),
          Map.entry(
              "Form_ShareSuccessStory",
              Map.of("storyLink", "https://community.globex.example/stories/weekly-planning")),
          Map.entry(
              "Form_EvaluateProgress",
              Map.of(
                  "progressRating",
                  "ON_TRACK",
                  "progressAssessment",
                  "Planning moved into Flow across Europe")),
          Map.entry(
              "Form_RevisePlan",
              Map.of("revisedPlan", "Carry weekly planning to Asia Pacific next quarter")),
          Map.entry(
              "Form_FollowUp",
              Map.of(
                  "followUpAction", "REMINDED", "followUpNote", "Called the CSM; done by Friday")),
          Map.entry("Form_ReviewSuccessPlan", Map.of("planReviewed", true)),
          Map.entry("Form_SendSuccessPlan", Map.of("sentTo", "sponsor@globex.example")),
          Map.entry("Form_CapturePreExistingUseCases", Map.of("preExistingCaptured", true)),
          Map.entry(
              "Form_LaunchSponsorship",
              Map.of(
                  "executiveSponsor",
                  "Dana Scully, COO: kick-off on the 12th",
                  "executiveSponsorDone",
                  true)),
          Map.entry(
              "Form_LaunchChampions",
              Map.of(
                  "championsNote",
                  "One champion per depot, named by the regional leads",
                  "championsNoteDone",
                  true)),
          Map.entry(
              "Form_LaunchTraining",
              Map.of(
                  "trainingPlan",
                  "Two onboarding webinars, then office hours every Tuesday",
                  "trainingPlanDone",
                  true)),
          Map.entry(
              "Form_LaunchCommunications",
              Map.of(
                  "communicationsPlan",
                  "Launch mail from the COO, then a fortnightly newsletter",
                  "communicationsPlanDone",
                  true)),
          Map.entry(
              "Form_LaunchCommunity",
              Map.of(
                  "communityLink",
                  "https://community.globex.example/groups/flow",
                  "communityLinkDone",
                  true)),
          Map.entry(
              "Form_LaunchHelp",
              Map.of(
                  "helpSetup",
                  "In-app help and the support portal linked from the intranet",
                  "helpSetupDone",
                  true)),
          Map.entry(
              "Form_Diagnose",
              Map.of(
                  "diagnosis",
                      "Active users halved after the reorganisation; new planners never trained",
                  "rootCause", "ADOPTION")),
          Map.entry(
              "Form_AgreeRemediation",
              Map.of(
                  "remediationActions",
                  "Retrain the new planners; weekly usage review with the ops lead",
                  "agreedWithCustomer",
                  true)),
          Map.entry(
              "Form_WeeklyReview",
              Map.of("planStatus", "IMPROVING", "reviewNotes", "Usage up 15% week on week")),
          Map.entry(
              "Form_PrepareRenewal",
              Map.of(
                  "answerReasonsToReinvest",
                  "Planning time down a third since signing; the COO wants the same for purchasing")),
          Map.entry(
              "Form_SendWelcomeCommunications",
              Map.of(
                  "welcomeSent",
                  true,
                  "welcomeNotes",
                  "Welcome pack and the next webinar's invitation to the 24 new planners")),
          Map.entry(
              "Form_TrainNewUsers", Map.of("trainingFormat", "WEBINAR", "usersTrainedCount", 24L)),
          Map.entry(
              "Form_CompleteCrmData",
              Map.of(
                  "crmRecordCompleted",
                  true,
                  "crmNotes",
                  "Goals agreed with the COO; challenges follow after their board meeting")),
          Map.entry(
              "Form_EngageExecutiveSponsor",
              Map.of(
                  "executiveSponsor",
                  "Walter Skinner, CEO",
                  "sponsorPlan",
                  "Joint review with the CEO at the next QBR")));

  private static final Map<String, String> FORM_BY_TASK = formsOfTheProductsTasks();

  private FormAnswers() {}

  /** The answers to a form, by its id ({@code Form_SetVision}). */
  public static Map<String, Object> ofForm(String formId) {
    Map<String, Object> answers = BY_FORM.get(formId);
    if (answers == null) {
      throw new IllegalArgumentException(
          "No answers for " + formId + " yet: add what the form asks");
    }
    return answers;
  }

  /**
   * The answers to the form of a task of the product's processes, by its id ({@code
   * Task_SetVision}).
   */
  public static Map<String, Object> forTask(String taskDefinitionKey) {
    String form = FORM_BY_TASK.get(taskDefinitionKey);
    if (form == null) {
      throw new IllegalArgumentException(
          "No user task " + taskDefinitionKey + " with a form in processes/");
    }
    return ofForm(form);
  }

  public static Map<String, Object> forTask(Task task) {
    return forTask(task.getTaskDefinitionKey());
  }

  /** Completes a task with its form's answers, as a process test would through Tasklist. */
  public static void complete(Task task) {
    BpmnAwareTests.complete(task, forTask(task));
  }

  private static Map<String, String> formsOfTheProductsTasks() {
    Map<String, String> forms = new HashMap<>();
    try {
      for (Resource diagram :
          new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
        Bpmn.readModelFromStream(diagram.getInputStream())
            .getModelElementsByType(UserTask.class)
            .stream()
            .filter(task -> task.getCamundaFormRef() != null)
            .forEach(task -> forms.put(task.getId(), task.getCamundaFormRef()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(forms);
  }
}
