package io.leansuccess.library;

import io.leansuccess.account.SegmentKind;

/**
 * A search of the library; every filter is optional. Industry matches whole (any case), workflow
 * and KPI match a part of the workflow text or of a KPI's name (any case).
 */
public record LibraryQuery(
    String industry, SegmentKind segmentKind, String workflow, String kpi, int limit, int offset) {}
