package org.filo.dataset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.filo.dataset.Records.Mention;

/**
 * The spec's merge rule: same canonical participant set, channels agreeing (equal or one UNSPECIFIED), dates
 * agreeing (equal, one refining the other, or an undated mention published within three days). Mentions are only
 * compared within their participant set and, through a date index, with contacts whose dates can agree: never all
 * pairs. Mentions are taken most precise date first, so a coarse date joins the contact it refines; the order is
 * fixed by the records alone, so any input order gives the same contacts.
 */
final class ContactMerger {
    static final int WINDOW_DAYS = 3;
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    /** A mention with its canonical participants, as the merger sees it. */
    record Item(Mention mention, List<String> participants, String initiator) {
    }

    /** Merged mentions; the first is the most precise, {@code id} is from the earliest reported one. */
    record Cluster(String id, List<Item> items) {
    }

    enum Precision { DAY, MONTH, YEAR, NONE }

    private record When(Precision precision, LocalDate lo, LocalDate hi, LocalDate published) {
    }

    private static final class Open {
        final List<Item> items = new ArrayList<>();
        final When when;
        String channel;

        Open(Item first, When when) {
            this.when = when;
            add(first);
        }

        void add(Item item) {
            items.add(item);
            if (channel == null || "UNSPECIFIED".equals(channel)) {
                channel = item.mention().channel();
            }
        }
    }

    private ContactMerger() {
    }

    static List<Cluster> merge(List<Item> items) {
        Map<String, List<Item>> bySet = new TreeMap<>();
        for (Item item : items) {
            bySet.computeIfAbsent(String.join("|", item.participants()), k -> new ArrayList<>()).add(item);
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Item> group : bySet.values()) {
            mergeGroup(group, out);
        }
        out.sort(Comparator.comparing(Cluster::id));
        return out;
    }

    private static void mergeGroup(List<Item> group, List<Cluster> out) {
        Map<Item, When> when = new java.util.IdentityHashMap<>(); // records hash every field, the JSON line too
        group.forEach(i -> when.put(i, when(i.mention())));
        group.sort(Comparator.comparing((Item i) -> when.get(i).precision()).thenComparing(i -> when.get(i).lo())
                .thenComparing(i -> when.get(i).published()).thenComparing(i -> i.mention().eventId()));
        TreeMap<LocalDate, List<Open>> dated = new TreeMap<>();   // by the start of the contact's date
        TreeMap<LocalDate, List<Open>> undated = new TreeMap<>(); // by the publication of its first mention
        List<Open> all = new ArrayList<>();
        for (Item item : group) {
            When w = when.get(item);
            List<Open> candidates = new ArrayList<>();
            if (w.precision() == Precision.NONE) {
                dated.subMap(w.published().minusDays(WINDOW_DAYS), true, w.published().plusDays(WINDOW_DAYS), true)
                        .values().forEach(l -> l.stream().filter(o -> o.when.precision() == Precision.DAY
                                && publishedNear(o, w.published())).forEach(candidates::add));
                undated.subMap(w.published().minusDays(WINDOW_DAYS), true, w.published().plusDays(WINDOW_DAYS), true)
                        .values().forEach(candidates::addAll);
            } else {
                dated.subMap(w.lo(), true, w.hi(), true).values().forEach(l -> l.stream()
                        .filter(o -> !o.when.hi().isAfter(w.hi())).forEach(candidates::add));
            }
            Open best = candidates.stream().filter(o -> channelsAgree(o.channel, item.mention().channel()))
                    .min(Comparator.comparing((Open o) -> Math.abs(o.when.published().toEpochDay()
                            - w.published().toEpochDay())).thenComparing(o -> o.items.get(0).mention().eventId()))
                    .orElse(null);
            if (best != null) {
                best.add(item);
            } else {
                Open o = new Open(item, w);
                all.add(o);
                (w.precision() == Precision.NONE ? undated.computeIfAbsent(w.published(), k -> new ArrayList<>())
                        : dated.computeIfAbsent(w.lo(), k -> new ArrayList<>())).add(o);
            }
        }
        for (Open o : all) {
            Item earliest = o.items.stream().min(Comparator.comparing((Item i) -> published(i.mention()))
                    .thenComparing(i -> i.mention().eventId())).orElseThrow();
            out.add(new Cluster("C:" + earliest.mention().eventId(), List.copyOf(o.items)));
        }
    }

    private static boolean publishedNear(Open o, LocalDate published) {
        return o.items.stream().anyMatch(i -> Math.abs(published(i.mention()).toEpochDay() - published.toEpochDay())
                <= WINDOW_DAYS);
    }

    static boolean channelsAgree(String a, String b) {
        return a == null || b == null || a.equals(b) || "UNSPECIFIED".equals(a) || "UNSPECIFIED".equals(b);
    }

    static Precision precision(String date) {
        return when(date, LocalDate.EPOCH).precision();
    }

    private static When when(Mention m) {
        return when(m.date(), published(m));
    }

    private static When when(String date, LocalDate published) {
        try {
            // A part of the day ("2014-04-07TAF") still dates the contact to that day.
            if (date != null && DAY.matcher(date).matches()) {
                LocalDate d = LocalDate.parse(date.substring(0, 10));
                return new When(Precision.DAY, d, d, published);
            }
            if (date != null && date.length() == 7) {
                YearMonth ym = YearMonth.parse(date);
                return new When(Precision.MONTH, ym.atDay(1), ym.atEndOfMonth(), published);
            }
            if (date != null && date.length() == 4) {
                int y = Integer.parseInt(date);
                return new When(Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), published);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // not an ISO calendar date (e.g. a week or season): treated as undated
        }
        return new When(Precision.NONE, published, published, published);
    }

    /** Publication date of the mention's article; undated articles sort first, at the epoch. */
    static LocalDate published(Mention m) {
        try {
            return m.published() == null ? LocalDate.EPOCH : LocalDate.parse(m.published().substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return LocalDate.EPOCH;
        }
    }

    static List<String> distinct(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
