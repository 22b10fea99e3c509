package io.leansuccess.library;

import io.leansuccess.account.SegmentKind;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCaseTemplate;
import java.math.BigDecimal;
import java.util.List;

/** A library entry as stored, with what anonymising needs to know of its account. */
record StoredEntry(
    String id,
    StoryShareScope shareScope,
    String useCaseId,
    String title,
    String accountId,
    String accountName,
    String industry,
    BigDecimal arrAtSigning,
    SegmentKind segmentKind,
    String owner,
    UseCaseTemplate template,
    int requiredMaturity,
    LibraryEntry.Outcome outcome,
    List<LibraryEntry.KpiResult> kpis) {

  StoredEntry withKpis(List<LibraryEntry.KpiResult> results) {
    return new StoredEntry(
        id,
        shareScope,
        useCaseId,
        title,
        accountId,
        accountName,
        industry,
        arrAtSigning,
        segmentKind,
        owner,
        template,
        requiredMaturity,
        outcome,
        results);
  }
}
