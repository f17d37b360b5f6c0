package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filo.dataset.ContactMerger.Item;
import org.filo.dataset.Records.Mention;
import org.junit.jupiter.api.Test;

class ContactMergerTest {
    private static Item item(String id, String channel, String date, String published) {
        Mention m = new Mention(id, id.split("#")[0], channel, "OCCURRED", date, null, "", "", published);
        return new Item(m, List.of("COUNTRY:RUS", "COUNTRY:TUR"), null);
    }

    /** Two mentions of one pair: merged or not, by the spec's rule. */
    @Test
    void mergeRuleTable() {
        record Row(String channelA, String dateA, String pubA, String channelB, String dateB, String pubB, boolean one) {
        }
        for (Row r : List.of(
                new Row("PHONE_CALL", "2016-03-14", "2016-03-14", "PHONE_CALL", "2016-03-14", "2016-03-20", true),
                new Row("PHONE_CALL", "2016-03-14", "2016-03-14", "UNSPECIFIED", "2016-03-14", "2016-03-14", true),
                new Row("PHONE_CALL", "2016-03-14", "2016-03-14", "MEETING", "2016-03-14", "2016-03-14", false),
                new Row("MEETING", "2016-03", "2016-03-01", "MEETING", "2016-03-14", "2016-03-15", true),
                new Row("MEETING", "2016", "2016-01-01", "MEETING", "2016-03-14", "2016-03-15", true),
                new Row("MEETING", "2016-03-13", "2016-03-13", "MEETING", "2016-03-14", "2016-03-14", false),
                new Row("MEETING", "2016-03-14TAF", "2016-03-13", "MEETING", "2016-03-14", "2016-03-14", true),
                new Row("MEETING", "2016-04", "2016-03-13", "MEETING", "2016-03-14", "2016-03-14", false),
                new Row("MEETING", null, "2016-03-16", "MEETING", "2016-03-14", "2016-03-14", true),
                new Row("MEETING", null, "2016-03-18", "MEETING", "2016-03-14", "2016-03-14", false),
                new Row("MEETING", null, "2016-03-16", "MEETING", null, "2016-03-13", true),
                new Row("MEETING", null, "2016-03-16", "MEETING", null, "2016-03-12", false))) {
            List<ContactMerger.Cluster> forward = ContactMerger.merge(new java.util.ArrayList<>(List.of(
                    item("a#E1", r.channelA(), r.dateA(), r.pubA()), item("b#E1", r.channelB(), r.dateB(), r.pubB()))));
            List<ContactMerger.Cluster> backward = ContactMerger.merge(new java.util.ArrayList<>(List.of(
                    item("b#E1", r.channelB(), r.dateB(), r.pubB()), item("a#E1", r.channelA(), r.dateA(), r.pubA()))));
            assertEquals(r.one() ? 1 : 2, forward.size(), r.toString());
            assertEquals(forward.stream().map(ContactMerger.Cluster::id).toList(),
                    backward.stream().map(ContactMerger.Cluster::id).toList(), r.toString());
        }
    }
}
