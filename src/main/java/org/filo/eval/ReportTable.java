package org.filo.eval;

import java.util.Locale;

/** The report as a plain-text table and listing for the terminal. */
public final class ReportTable {
    private static final int MAX_SENTENCE = 300;

    private ReportTable() {
    }

    public static String render(EvalReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "gold %s: %d documents; output %s: %d missing, %d outside gold (ignored)%n",
                r.gold(), r.goldDocuments(), r.output(), r.documentsMissing().size(), r.outputDocumentsOutsideGold()));
        TimexScores t = r.timexes();
        b.append(String.format(Locale.ROOT, "%nTIMEXES  gold %d (+%d ignored, X value)  output %d (+%d generic/vague,"
                        + " +%d on ignored gold)%n", t.strict().gold(), t.goldIgnored(), t.strict().system(),
                t.systemIgnored(), t.systemOnIgnoredGold()));
        header(b);
        prf(b, "extent strict", t.strict());
        prf(b, "extent relaxed", t.relaxed());
        prf(b, "value", t.value());
        accuracyHeader(b);
        accuracy(b, "value accuracy", t.valueAccuracy());
        accuracy(b, "type accuracy", t.type());
        accuracy(b, "mod accuracy", t.mod());
        EventScores e = r.events();
        b.append(String.format(Locale.ROOT, "%nEVENTS  gold %d  output %d (+%d outside gold, ignored)%n",
                e.identification().gold(), e.identification().system(), e.systemOutsideGold()));
        header(b);
        prf(b, "identification", e.identification());
        prf(b, "full record", e.fullRecord());
        accuracyHeader(b);
        accuracy(b, "participants", e.participants());
        accuracy(b, "status", e.status());
        accuracy(b, "date", e.date());
        accuracy(b, "initiator", e.initiator());
        accuracy(b, "duration", e.duration());
        errorClasses(b, e);
        timexListing(b, t);
        listing(b, e);
        if (!r.warnings().isEmpty()) {
            b.append(String.format("%nWARNINGS (%d)%n", r.warnings().size()));
            r.warnings().forEach(w -> b.append("  ").append(w).append('\n'));
        }
        return b.toString();
    }

    /** Counts of the listing below: missed and spurious events by what went wrong, wrong fields by field. */
    private static void errorClasses(StringBuilder b, EventScores e) {
        java.util.Map<ErrorClass, int[]> counts = new java.util.EnumMap<>(ErrorClass.class);
        e.missed().forEach(m -> counts.computeIfAbsent(ErrorClass.of(m.why()), k -> new int[2])[0]++);
        e.spurious().forEach(s -> counts.computeIfAbsent(ErrorClass.of(s.why()), k -> new int[2])[1]++);
        b.append(String.format(Locale.ROOT, "%nEVENT ERRORS BY CLASS%n  %7s %8s   %s%n", "missed", "spurious", "class"));
        counts.forEach((c, n) -> b.append(String.format(Locale.ROOT, "  %7d %8d   %s%n", n[0], n[1], c.label())));
        java.util.Map<String, Integer> fields = new java.util.TreeMap<>();
        e.wrongFields().forEach(w -> w.differences().forEach(d -> fields.merge(d.field(), 1, Integer::sum)));
        fields.forEach((f, n) -> b.append(String.format(Locale.ROOT, "  %7d %8s   identified, %s wrong%n", n, "", f)));
    }

    private static void timexListing(StringBuilder b, TimexScores t) {
        b.append(String.format("%nTIMEXES missed (%d)%n", t.missed().size()));
        t.missed().forEach(m -> b.append("  ").append(row(m, true)).append('\n'));
        b.append(String.format("%nTIMEXES spurious (%d)%n", t.spurious().size()));
        t.spurious().forEach(s -> b.append("  ").append(row(s, true)).append('\n'));
        b.append(String.format("%nTIMEXES matched with differences (%d)%n", t.mismatched().size()));
        for (TimexListing.Mismatch m : t.mismatched()) {
            b.append(String.format("  %s  gold %s%n      output %s%n      differs: %s%n", m.gold().docId(),
                    row(m.gold(), false), row(m.system(), false), String.join(", ", m.differs())));
        }
    }

    private static String row(TimexListing.Row r, boolean withDoc) {
        return String.format(Locale.ROOT, "%s[%d,%d) \"%s\" %s %s%s", withDoc ? r.docId() + " " : "", r.start(),
                r.end(), r.text(), r.type(), r.value(), r.mod() == null ? "" : " " + r.mod());
    }

    private static void listing(StringBuilder b, EventScores e) {
        b.append(String.format("%nMISSED gold events (%d)%n", e.missed().size()));
        for (EventListing.Missed m : e.missed()) {
            b.append(String.format("  %s %s %s %s date=%s %s%n      why: %s%n      \"%s\"%n", m.docId(), m.goldEvent(),
                    m.channel(), m.status(), m.date(), m.participants(), m.why(), cut(m.sentence())));
        }
        b.append(String.format("%nSPURIOUS output events (%d)%n", e.spurious().size()));
        for (EventListing.Spurious s : e.spurious()) {
            b.append(String.format("  %s %s %s %s date=%s %s%n      why: %s%n      \"%s\"%n", s.docId(),
                    s.systemEvent(), s.channel(), s.status(), s.date(), s.participants(), s.why(), cut(s.sentence())));
        }
        b.append(String.format("%nIDENTIFIED with wrong fields (%d)%n", e.wrongFields().size()));
        for (EventListing.WrongFields w : e.wrongFields()) {
            b.append(String.format("  %s gold %s = output %s %s%n", w.docId(), w.goldEvent(), w.systemEvent(),
                    w.channel()));
            for (EventFields.Difference d : w.differences()) {
                b.append(String.format("      %s: gold %s, output %s%n", d.field(), d.gold(), d.system()));
            }
            b.append(String.format("      \"%s\"%n", cut(w.sentence())));
        }
    }

    private static void header(StringBuilder b) {
        b.append(String.format(Locale.ROOT, "  %-16s %7s %7s %7s   %s%n", "", "P", "R", "F1", "counts"));
    }

    private static void prf(StringBuilder b, String label, Prf p) {
        b.append(String.format(Locale.ROOT, "  %-16s %7s %7s %7s   tp=%d sys=%d gold=%d%n", label,
                num(p.precision()), num(p.recall()), num(p.f1()), p.truePositives(), p.system(), p.gold()));
    }

    private static void accuracyHeader(StringBuilder b) {
        b.append(String.format(Locale.ROOT, "  %-16s %7s   %s%n", "", "acc", "correct/total"));
    }

    private static void accuracy(StringBuilder b, String label, Accuracy a) {
        b.append(String.format(Locale.ROOT, "  %-16s %7s   %d/%d%n", label, num(a.value()), a.correct(), a.total()));
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String cut(String s) {
        if (s == null) {
            return "(no text)";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= MAX_SENTENCE ? one : one.substring(0, MAX_SENTENCE) + "…";
    }
}
