package org.filo.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small scorer for tests (the project's official one lives in org.filo.eval): strict and relaxed extent
 * P/R/F1, value accuracy over relaxed matches and value F1, per the annotation guidelines. Gold lines whose
 * value holds an X are ignored, and so are system expressions overlapping them.
 */
final class TimexScorer {
    record Item(String doc, int start, int end, String text, String type, String value, String mod) {
        boolean overlaps(Item o) {
            return doc.equals(o.doc) && start < o.end && o.start < end;
        }
    }

    record Match(Item gold, Item system) {
    }

    private final List<Item> gold = new ArrayList<>();
    private final List<Item> system = new ArrayList<>();
    private final List<Match> relaxed = new ArrayList<>();
    private final List<Item> missed = new ArrayList<>();
    private final List<Item> spurious = new ArrayList<>();
    private int strict;

    TimexScorer(List<Item> goldItems, List<Item> systemItems) {
        List<Item> ignored = goldItems.stream().filter(g -> g.value() != null && g.value().contains("X")).toList();
        gold.addAll(goldItems.stream().filter(g -> !ignored.contains(g)).toList());
        system.addAll(systemItems.stream().filter(s -> ignored.stream().noneMatch(s::overlaps)).toList());
        List<Item> free = new ArrayList<>(system);
        for (Item g : gold) {
            Item exact = free.stream().filter(s -> s.doc().equals(g.doc()) && s.start() == g.start() && s.end() == g.end())
                    .findFirst().orElse(null);
            Item any = exact != null ? exact : free.stream().filter(g::overlaps).findFirst().orElse(null);
            if (any == null) {
                missed.add(g);
                continue;
            }
            if (exact != null) {
                strict++;
            }
            free.remove(any);
            relaxed.add(new Match(g, any));
        }
        spurious.addAll(free);
    }

    int strictMatches() {
        return strict;
    }

    double f1(int matches) {
        double p = system.isEmpty() ? 0 : (double) matches / system.size();
        double r = gold.isEmpty() ? 0 : (double) matches / gold.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double strictF1() {
        return f1(strict);
    }

    double relaxedF1() {
        return f1(relaxed.size());
    }

    long valueMatches() {
        return relaxed.stream().filter(m -> sameValue(m.gold().value(), m.system().value())).count();
    }

    double valueF1() {
        return f1((int) valueMatches());
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("gold %d, system %d%n", gold.size(), system.size()));
        sb.append(line("strict", strict)).append(line("relaxed", relaxed.size()));
        sb.append(String.format("value accuracy %.3f (%d/%d), %s", relaxed.isEmpty() ? 0 : (double) valueMatches() / relaxed.size(),
                valueMatches(), relaxed.size(), line("value", (int) valueMatches())));
        long type = relaxed.stream().filter(m -> m.gold().type().equals(m.system().type())).count();
        long mod = relaxed.stream().filter(m -> String.valueOf(m.gold().mod()).equals(String.valueOf(m.system().mod()))).count();
        sb.append(String.format("type accuracy %.3f, mod accuracy %.3f%n", (double) type / relaxed.size(), (double) mod / relaxed.size()));
        for (Item g : missed) {
            sb.append("  MISSED   ").append(g).append('\n');
        }
        for (Item s : spurious) {
            sb.append("  SPURIOUS ").append(s).append('\n');
        }
        for (Match m : relaxed) {
            boolean same = m.gold().start() == m.system().start() && m.gold().end() == m.system().end()
                    && sameValue(m.gold().value(), m.system().value())
                    && String.valueOf(m.gold().mod()).equals(String.valueOf(m.system().mod()));
            if (!same) {
                sb.append("  DIFFERS  gold ").append(m.gold()).append("\n           sys  ").append(m.system()).append('\n');
            }
        }
        return sb.toString();
    }

    private String line(String name, int matches) {
        double p = system.isEmpty() ? 0 : (double) matches / system.size();
        double r = gold.isEmpty() ? 0 : (double) matches / gold.size();
        return String.format("%-8s P %.3f R %.3f F1 %.3f%n", name, p, r, f1(matches));
    }

    private static final Pattern DURATION =
            Pattern.compile("P(?:([\\d.]+)Y)?(?:([\\d.]+)M)?(?:([\\d.]+)W)?(?:([\\d.]+)D)?(?:T(?:([\\d.]+)H)?(?:([\\d.]+)M)?(?:([\\d.]+)S)?)?");
    private static final double[] SECONDS = {365 * 86400.0, 30 * 86400.0, 7 * 86400.0, 86400.0, 3600.0, 60.0, 1.0};

    /** Durations compare by length (PT90M = PT1.5H), T24:00 as the next day's T00:00, the rest as strings. */
    static boolean sameValue(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        Matcher ma = DURATION.matcher(a);
        Matcher mb = DURATION.matcher(b);
        if (a.startsWith("P") && b.startsWith("P") && ma.matches() && mb.matches()) {
            return Math.abs(seconds(ma) - seconds(mb)) < 1e-6;
        }
        return midnight(a).equals(midnight(b));
    }

    private static double seconds(Matcher m) {
        double total = 0;
        for (int i = 1; i <= 7; i++) {
            if (m.group(i) != null) {
                total += Double.parseDouble(m.group(i)) * SECONDS[i - 1];
            }
        }
        return total;
    }

    private static String midnight(String v) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}T24:00")) {
            return java.time.LocalDate.parse(v.substring(0, 10)).plusDays(1) + "T00:00";
        }
        return v;
    }
}
