package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.ValidationReport;

/** A report for people: one paragraph per finding. */
final class ReportText {

    private ReportText() {
    }

    static String render(ValidationReport r) {
        StringBuilder s = new StringBuilder();
        s.append("Listing ").append(r.listingId()).append(": ").append(r.verdict())
                .append(" (").append(count(r, Severity.BLOCKING)).append(" blocking, ")
                .append(count(r, Severity.WARNING)).append(" warning, ")
                .append(count(r, Severity.INFO)).append(" info)\n")
                .append("Read ").append(r.asset().rows()).append(" rows, ").append(r.asset().bytes())
                .append(" bytes of ").append(r.asset().format()).append(", evaluated at ").append(r.evaluatedAt()).append("\n");
        for (Finding f : r.findings()) {
            s.append("\n[").append(f.severity()).append("] ").append(f.ruleId()).append(" (").append(f.article()).append(")\n")
                    .append("  ").append(f.message()).append("\n");
            evidence(s, f.evidence());
            if (f.remediation() != null) {
                s.append("  what to do: ").append(f.remediation()).append("\n");
            }
        }
        return s.toString();
    }

    private static void evidence(StringBuilder s, Evidence e) {
        if (!e.counts().isEmpty()) {
            s.append("  counts: ").append(e.counts()).append("\n");
        }
        if (!e.figures().isEmpty()) {
            s.append("  figures: ").append(e.figures()).append("\n");
        }
        if (!e.columns().isEmpty()) {
            s.append("  columns: ").append(e.columns()).append("\n");
        }
        if (!e.sampleLines().isEmpty()) {
            s.append("  lines: ").append(e.sampleLines()).append("\n");
        }
        if (!e.maskedSamples().isEmpty()) {
            s.append("  e.g.: ").append(e.maskedSamples()).append("\n");
        }
    }

    private static long count(ValidationReport r, Severity severity) {
        return r.findings().stream().filter(f -> f.severity() == severity).count();
    }
}
