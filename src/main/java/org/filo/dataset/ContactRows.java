package org.filo.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.filo.dataset.ContactMerger.Cluster;
import org.filo.dataset.ContactMerger.Item;
import org.filo.dataset.Records.Doc;

/** One contacts row from a cluster of mentions: the latest status, the path of statuses, and what disagrees. */
final class ContactRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContactRows() {
    }

    static ObjectNode row(Cluster c, Map<String, Doc> docs, EventCodes codes) {
        List<Item> items = c.items();
        Item rep = items.get(0); // most precise date: the contact's date
        ObjectNode row = JSON.createObjectNode();
        row.put("contact_id", c.id());
        String channel = items.stream().map(i -> i.mention().channel()).filter(Objects::nonNull)
                .filter(ch -> !"UNSPECIFIED".equals(ch)).findFirst().orElse(rep.mention().channel());
        row.put("channel", channel);
        List<Item> byReport = new ArrayList<>(items);
        byReport.sort(Comparator.comparing((Item i) -> ContactMerger.published(i.mention()))
                .thenComparing(i -> i.mention().eventId()));
        String status = byReport.get(byReport.size() - 1).mention().status();
        row.put("status", status);
        row.put("date", rep.mention().date());
        row.put("date_precision", ContactMerger.precision(rep.mention().date()).name().toLowerCase());
        row.put("duration", mostCommon(items, i -> i.mention().duration()));
        row.put("initiator_id", mostCommon(items, Item::initiator));
        row.put("num_mentions", items.size());
        TreeSet<String> articles = new TreeSet<>();
        TreeSet<String> sites = new TreeSet<>();
        TreeSet<String> urls = new TreeSet<>();
        for (Item i : items) {
            Doc d = docs.get(i.mention().docId());
            articles.add(d.docId());
            if (d.site() != null) {
                sites.add(d.site());
            }
            urls.add(d.url() != null ? d.url() : d.source());
        }
        row.put("num_articles", articles.size());
        row.put("num_sources", sites.size());
        row.put("first_reported", byReport.get(0).mention().published());
        row.put("last_reported", byReport.get(byReport.size() - 1).mention().published());
        ArrayNode history = row.putArray("status_history");
        String last = null;
        for (Item i : byReport) {
            if (!Objects.equals(last, i.mention().status())) {
                last = i.mention().status();
                history.addObject().put("status", last).put("reported", i.mention().published());
            }
        }
        ArrayNode conflicts = row.putArray("conflicts");
        conflict(conflicts, "initiator", items, Item::initiator);
        conflict(conflicts, "duration", items, i -> i.mention().duration());
        conflict(conflicts, "date_precision", items, i -> ContactMerger.precision(i.mention().date()).name());
        conflict(conflicts, "date", items, i -> i.mention().date());
        // Each distinct trigger and sentence once: copies of one article would only make the rules read it again.
        java.util.LinkedHashSet<String> wording = new java.util.LinkedHashSet<>();
        items.forEach(i -> wording.add(i.mention().trigger() + "\n" + i.mention().sentence() + "\n"));
        EventCodes.Codes code = codes.codes(channel, status, rep.participants().size(), String.join("", wording));
        row.put("cameo", code.cameo());
        row.put("plover_mode", code.ploverMode());
        ArrayNode u = row.putArray("source_urls");
        urls.forEach(u::add);
        return row;
    }

    private static void conflict(ArrayNode conflicts, String field, List<Item> items, Function<Item, String> value) {
        if (items.stream().map(value).filter(Objects::nonNull).distinct().count() > 1) {
            conflicts.add(field);
        }
    }

    /** The value most mentions give (ties: alphabetical), nulls aside. */
    private static String mostCommon(List<Item> items, Function<Item, String> value) {
        Map<String, Integer> counts = new TreeMap<>();
        items.stream().map(value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
    }

}
