package org.filo.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.Channel;
import org.filo.model.Dct;
import org.filo.model.Event;
import org.filo.model.EventMention;
import org.filo.model.EventStatus;
import org.filo.model.EventTime;

/**
 * Merges mentions of one event: same parties (or the same countries, when one mention names only the
 * countries), compatible channel, status and date. Undated mentions join an event of the news of the day.
 */
final class MentionMerger {
    /** How many sentences back an anaphoric mention ("La chiamata …") may find its event. */
    private static final int ANAPHORA_REACH = 3;
    private final Map<String, Actor> actors;
    private final Dct dct;
    private final List<Cluster> clusters = new ArrayList<>();
    private final PartyMatch parties;
    /**
     * Index of the document's headline (the last sentence of content's first line, past a kicker like "SIRIA."): an
     * undated headline fits any date.
     */
    private final int headline;

    MentionMerger(Map<String, Actor> actors, Dct dct, Set<String> oneSideNames, int headline) {
        this.actors = actors;
        this.dct = dct;
        this.parties = new PartyMatch(actors, oneSideNames);
        this.headline = headline;
    }

    void add(Candidate m) {
        if (m.another()) {
            addAnother(m);
            return;
        }
        if (m.anaphoric()) {
            addAnaphoric(m);
            return;
        }
        for (Cluster c : clusters) {
            if (m.progressive() != c.progressive) {
                continue; // "stanno discutendo": an ongoing process, not the act the article reports
            }
            boolean sameParties = parties.same(c.participants, c.channel, m.participants(), m.channel());
            boolean widens = !sameParties && headlineWithin(c, m) && m.sentence() != headline;
            if ((sameParties || headlineWithin(c, m)) && channelsAgree(c, m) && statusesAgree(c, m)
                    && (datesAgree(c.date, m.date()) || headlineOf(c, m))) {
                c.absorb(m, widens || morePersons(m.participants(), c.participants));
                return;
            }
        }
        Cluster created = new Cluster(m, m.participants());
        created.undatedHeadline = undatedHeadline(m);
        clusters.add(created);
    }

    /**
     * "Telefonata tra Meloni e Biden" over the body's "ha avuto il 15 gennaio una telefonata": one call, dated by
     * the body. Only of one channel: the body's "hanno parlato l'ultima volta il 18 febbraio" is an earlier contact.
     */
    private boolean headlineOf(Cluster c, Candidate m) {
        boolean oneUndated = c.undatedHeadline ? !m.background() : undatedHeadline(m) && !c.background;
        return oneUndated && c.channel == m.channel() && c.channel != Channel.UNSPECIFIED;
    }

    /**
     * "Negoziato in stallo tra opposizioni e Russia" over the body's talks of the two "attraverso la Turchia": a
     * headline may name fewer of the event's parties than its body does.
     */
    private boolean headlineWithin(Cluster c, Candidate m) {
        if (m.sentence() == headline) {
            return parties.within(m.participants(), c.participants);
        }
        return c.firstSentence == headline && parties.within(c.participants, m.participants());
    }

    /** The document's headline, with no date of its own. */
    private boolean undatedHeadline(Candidate m) {
        return m.sentence() == headline && m.date().value() == null;
    }

    /**
     * Joins the latest event of the same channel and status mentioned in the last few sentences; a planned
     * mention ("futuri colloqui") of a channel just seen becomes a new planned event between the same
     * parties. A definite noun far from any event ("la telefonata" of a radio show) refers to none of them.
     */
    private void addAnaphoric(Candidate m) {
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            if (m.sentence() - c.lastSentence > ANAPHORA_REACH) {
                continue;
            }
            if ((c.channel == m.channel() || m.channel() == Channel.UNSPECIFIED || c.channel == Channel.UNSPECIFIED)
                    && documentsMatch(c.channel, m.channel())
                    && (c.status == m.status() || plannedDetail(c, m)) && datesAgree(c.date, m.date())
                    && (m.participants().isEmpty() || c.participants.containsAll(m.participants()))) {
                c.absorb(m, false);
                return;
            }
        }
        if (standingChange(m.status())) {
            // "Il 20 marzo le due parti hanno ripristinato la linea": a new state of the channel just told
            for (int i = clusters.size() - 1; i >= 0; i--) {
                Cluster c = clusters.get(i);
                if (c.channel == m.channel() && standingChange(c.status) && m.sentence() - c.lastSentence
                        <= ANAPHORA_REACH && c.participants.containsAll(m.participants())) {
                    clusters.add(new Cluster(m, c.participants));
                    return;
                }
            }
        }
        if (m.status() == EventStatus.PLANNED) {
            for (int i = clusters.size() - 1; i >= 0; i--) {
                // "Mogherini invocava futuri colloqui": a subject of its own outside the event is no sequel of it
                if (clusters.get(i).channel == m.channel() && m.sentence() - clusters.get(i).lastSentence
                        <= ANAPHORA_REACH && clusters.get(i).participants.containsAll(m.participants())) {
                    clusters.add(new Cluster(m, clusters.get(i).participants));
                    return;
                }
            }
        }
    }

    /**
     * "In un'altra conversazione del 21 luglio, Makdissi parla …": a new event of the kind last told between
     * parties that include the mention's, with their channel when the mention names none; with no such event
     * before it, a mention with parties of its own stands alone.
     */
    private void addAnother(Candidate m) {
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            boolean sameKind = c.channel == m.channel() || m.channel() == Channel.UNSPECIFIED;
            // a party named ties it to its earlier event anywhere before; with none, only to one just told
            boolean near = !m.participants().isEmpty() || m.sentence() - c.lastSentence <= ANAPHORA_REACH;
            if (near && sameKind && c.participants.containsAll(m.participants())) {
                Cluster next = new Cluster(m, c.participants);
                next.channel = m.channel() == Channel.UNSPECIFIED ? c.channel : m.channel();
                clusters.add(next);
                return;
            }
        }
        if (!m.anaphoric()) {
            clusters.add(new Cluster(m, m.participants()));
        }
    }

    private static boolean standingChange(EventStatus status) {
        return status == EventStatus.ESTABLISHED || status == EventStatus.SUSPENDED || status == EventStatus.RESUMED;
    }

    /** "Sardelli a colloquio con Berlusconi. … ha risposto alla lettera …": a letter is never the act of a talk. */
    private static boolean documentsMatch(Channel cluster, Channel mention) {
        return (cluster == Channel.MESSAGE) == (mention == Channel.MESSAGE);
    }

    /**
     * "La chiusura del vertice è prevista per le 15,30": a definite mention with a planned detail of an
     * event just reported, not a new planned event ("il prossimo vertice" is one: a new occurrence).
     */
    private static boolean plannedDetail(Cluster c, Candidate m) {
        return m.definite() && m.status() == EventStatus.PLANNED && c.status == EventStatus.OCCURRED
                && m.date().value() == null;
    }

    List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (Cluster c : clusters) {
            int parties = new HashSet<>(c.participants).size();
            if (parties < 2 && !(c.session && parties == 1)) {
                continue;
            }
            EventTime date = c.date;
            boolean settled = c.status != EventStatus.PLANNED && c.status != EventStatus.REFUSED;
            if (date.value() == null && settled && !c.progressive && !c.background && dct.isKnown()) {
                date = new EventTime(dct.value().toString(), null, "dct");
            }
            events.add(new Event("E" + (events.size() + 1), c.channel, c.status, c.participants, c.initiator, date,
                    c.duration, c.mentions, Math.min(1.0, c.confidence)));
        }
        return events;
    }

    private boolean channelsAgree(Cluster c, Candidate m) {
        // "le trattative … proseguono" and "ha inviato una lettera": talks are not the letter, whatever they share
        boolean letterAndTalks = (c.channel == Channel.MESSAGE) != (m.channel() == Channel.MESSAGE)
                && (c.channel == Channel.MESSAGE ? m.weakChannel() : c.weak);
        return !letterAndTalks && (c.channel == m.channel() || c.channel == Channel.UNSPECIFIED || m.channel() == Channel.UNSPECIFIED
                || c.weak || m.weakChannel());
    }

    private static boolean statusesAgree(Cluster c, Candidate m) {
        if (c.status == m.status()) {
            return true;
        }
        // "hanno ripreso i contatti" is realised by the call the article reports.
        boolean resumedContact = m.channel() == Channel.UNSPECIFIED
                && (m.status() == EventStatus.RESUMED || m.status() == EventStatus.ESTABLISHED);
        return resumedContact && c.status == EventStatus.OCCURRED && c.channel != Channel.UNSPECIFIED;
    }

    /** An undated mention fits an undated event or one of the news of the day; a dated one fits its date. */
    private boolean datesAgree(EventTime cluster, EventTime mention) {
        if (mention.value() == null) {
            return cluster.value() == null || newsOfTheDay(cluster.value());
        }
        if (cluster.value() == null) {
            return newsOfTheDay(mention.value());
        }
        return cluster.value().equals(mention.value());
    }

    private boolean newsOfTheDay(String value) {
        if (!dct.isKnown() || value.length() < 10) {
            return false;
        }
        try {
            LocalDate d = LocalDate.parse(value.substring(0, 10));
            return !d.isAfter(dct.value()) && !d.isBefore(dct.value().minusDays(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private boolean morePersons(List<String> a, List<String> b) {
        return a.stream().filter(this::isPerson).count() > b.stream().filter(this::isPerson).count();
    }

    private boolean isPerson(String id) {
        Actor a = actors.get(id);
        return a != null && a.kind() == ActorKind.PERSON;
    }

    private static final class Cluster {
        Channel channel;
        boolean weak;
        EventStatus status;
        List<String> participants;
        String initiator;
        boolean progressive;
        boolean background;
        EventTime date;
        EventTime duration;
        double confidence;
        int lastSentence;
        final int firstSentence;
        boolean session; // a session of one international body: one participant is enough
        boolean undatedHeadline; // only an undated headline so far: the body's date is its date
        final List<EventMention> mentions = new ArrayList<>();

        Cluster(Candidate m, List<String> participants) {
            channel = m.channel();
            weak = m.weakChannel();
            status = m.status();
            this.participants = List.copyOf(participants);
            initiator = m.initiator();
            progressive = m.progressive();
            background = m.background();
            date = m.date();
            duration = m.duration();
            confidence = m.anaphoric() ? 0.4 : m.confidence();
            lastSentence = m.sentence();
            firstSentence = m.sentence();
            session = m.session();
            mentions.add(m.mention());
        }

        void absorb(Candidate m, boolean takeParticipants) {
            if (channel == Channel.UNSPECIFIED || (weak && !m.weakChannel() && m.channel() != Channel.UNSPECIFIED)) {
                if (m.channel() != Channel.UNSPECIFIED) {
                    channel = m.channel();
                    weak = m.weakChannel();
                }
            }
            if (status != m.status() && m.status() == EventStatus.OCCURRED) {
                status = EventStatus.OCCURRED;
            }
            if (takeParticipants) {
                participants = List.copyOf(m.participants());
            }
            if (initiator == null) {
                initiator = m.initiator();
            }
            progressive &= m.progressive();
            background &= m.background(); // one mention as news of the day dates the event
            if (date.value() == null) {
                date = m.date();
            }
            undatedHeadline &= m.date().value() == null;
            if (duration.value() == null) {
                duration = m.duration();
            }
            confidence = Math.max(confidence, m.confidence()) + 0.05;
            lastSentence = Math.max(lastSentence, m.sentence());
            mentions.add(m.mention());
        }
    }
}
