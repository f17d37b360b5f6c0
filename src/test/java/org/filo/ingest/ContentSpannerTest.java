package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filo.model.Span;
import org.junit.jupiter.api.Test;

class ContentSpannerTest {
    private final FurnitureRules rules = TestIngesters.rules();
    private final ContentSpanner spanner = new ContentSpanner(rules, TestIngesters.functionWords());

    @Test
    void everyRuleMarksItsExample() {
        assertTrue(rules.rules().size() > 40);
        for (FurnitureRules.Rule rule : rules.rules()) {
            assertNotNull(rules.match(rule.example()), "rule does not mark its example: " + rule);
        }
    }

    @Test
    void articleSentencesAreNotFurniture() {
        for (String line : List.of(
                "Il ministro della Difesa russo ha parlato con il segretario Austin, secondo una nota del Cremlino.",
                "Zelenskyy chiede garanzie di sicurezza",
                "— олодимир Зеленський (@ZelenskyyUa) 9 dicembre 2021",
                "Leggi la nota del Cremlino: la telefonata è durata un'ora.",
                "Di fronte alla crisi, il governo ha convocato l'ambasciatore.",
                "La commissione ha approvato i cookie tecnici? No: ha approvato il bilancio della difesa, con"
                        + " 120 voti a favore e 30 contrari, dopo un lungo dibattito in aula che è durato tutto il"
                        + " pomeriggio e parte della sera, tra proteste e richiami del presidente della commissione.")) {
            assertFalse(spanner.isFurnitureLine(line), line);
        }
    }

    @Test
    void scriptAndStyleLinesAreFurniture() {
        for (String line : List.of("var loadAsyncFB = function(){", "n.loaded = !0;", "} else {",
                "transition: all 0.9s ease 0s;", "document.addEventListener('gdpr-initADV', loadAsyncFB, false);",
                "if(use_community_temp == '1')", "n.callMethod.apply(n, arguments) : n.queue.push(arguments)", "<div class=\"box\">",
                "a:2:{s:5:\"pages\";a:5:{i:1;s:0:\"\";i:2;s:30:\"Russia assente al vertice Nato\";}s:7:\"content\";")) {
            assertTrue(spanner.isFurnitureLine(line), line);
        }
    }

    @Test
    void menuRunsAreOutButWrappedProseStays() {
        String text = "Home\nPolitica\nEsteri\nSport\n\nTitolo dell'articolo sulla telefonata tra i due leader\n\n"
                + "Le truppe internazionali della\nCoalizione Isaf lasceranno il Paese\nentro dicembre. Il Paese, però,"
                + " è\ntutt'altro che pacificato.\n\nFacebook\nTwitter\nWhatsApp\n";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(1, spans.size(), spans.toString());
        String content = spans.get(0).of(text);
        assertTrue(content.startsWith("Titolo dell'articolo"), content);
        assertTrue(content.endsWith("tutt'altro che pacificato."), content);
    }

    @Test
    void blockListEndsAtProse() {
        String text = "Primo paragrafo dell'articolo, con una frase intera.\nDa non perdere\nSiria, nuova tregua\n"
                + "Libia, il voto rinviato\n\nSecondo paragrafo dell'articolo, anche questo con una frase intera.";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(2, spans.size(), spans.toString());
        assertEquals("Primo paragrafo dell'articolo, con una frase intera.", spans.get(0).of(text));
        assertTrue(spans.get(1).of(text).startsWith("Secondo paragrafo"));
    }

    @Test
    void crlfAndNbspAreHandled() {
        String text = "READ\u00a0 Un altro articolo\r\nIl testo dell'articolo comincia qui.\r\nE continua qui.\r\n";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(List.of(new Span(text.indexOf("Il testo"), text.indexOf("qui.\r\n", text.indexOf("E continua")) + 4)),
                spans);
    }
    @Test
    void listsOfOtherHeadlinesAreOutButTheStoryTitleAndDatelineStay() {
        // d25 of news-dev: a 2012 story followed by a 2020 sidebar of other headlines, one per line.
        String text = "Assad sempre più isolato\nDAMASCO (SIRIA) - Mentre crescono le azioni della guerriglia, la Siria"
                + " appare isolata.\nIl duello Trump-Biden veleni e poche idee\nPompeo in visita a Roma tensione"
                + " Vaticano-Usa\nTrump sotto accusa \"non ha pagato le tasse\"\nFermati due sospettati la Francia"
                + " rivive l'incubo\n";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(1, spans.size(), spans.toString());
        assertTrue(spans.get(0).of(text).endsWith("appare isolata."), spans.get(0).of(text));
    }

    @Test
    void liveBlogEntriesBetweenStoryParagraphsStay() {
        String prose = "Il ministro degli Esteri ha parlato a lungo con il suo omologo russo, secondo una nota.\n";
        String text = prose + "Tv libica: \"Crociati all'attacco\" 222\nLa tv di Stato conferma l'attacco dei crociati\n"
                + "Colpite diverse zone di Tripoli 221\nAnche aerei inglesi in azione 220\n"
                + "Il ministro della Difesa ha confermato l'attacco in una conferenza stampa a Londra, ieri sera.\n";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(1, spans.size(), spans.toString());
        assertEquals(text.strip(), spans.get(0).of(text));
    }

    @Test
    void threeTitleLikeLinesOrWrappedProseAreNoHeadlineList() {
        for (String text : List.of(
                "Prima riga\nSeconda riga del testo\nTerza riga del testo qui\n",
                "Le truppe internazionali della Coalizione\nIsaf lasceranno il Paese entro il\nDicembre prossimo"
                        + " secondo il comando\nche ha parlato ieri con i giornalisti a Kabul\n")) {
            List<Span> spans = spanner.contentSpans(text);
            assertEquals(1, spans.size(), text);
            assertEquals(text.strip(), spans.get(0).of(text));
        }
    }

    @Test
    void pageStampsAreOutDatelinesStay() {
        assertNotNull(rules.match("Pubblicato il 18 agosto 2011 alle ore 18:50"));
        assertNotNull(rules.match("martedì 22 marzo 2011"));
        for (String stamp : List.of("Questo articolo è stato pubblicato il  25 gennaio 2012 alle ore 13:57.",
                "(Aggiornato alle 21:29 del 14 ottobre 2011)", "28 febbraio 2011© RIPRODUZIONE RISERVATA",
                "di Redazione · 23 dicembre 2011", "01 marzo, 17:37", "27 Marzo, 2011")) {
            assertTrue(spanner.isFurnitureLine(stamp), stamp);
        }
        for (String line : List.of("Roma, 3 dicembre 2016, Nena News – Il ministro ha incontrato l'inviato.",
                "SIRIA – Damasco 31/8/2013", "Martedì 22 marzo 2011 il ministro ha chiamato il suo omologo.")) {
            assertFalse(spanner.isFurnitureLine(line), line);
        }
    }

    @Test
    void aStatementWrappedBetweenCodeLinesIsCodeButProseBesideCodeStays() {
        String story = "Il ministro ha parlato con il suo omologo, secondo una nota diffusa in serata dal governo.";
        String text = "var m_names = new Array(\"Gennaio\", \"Febbraio\",\n\"Giugno\", \"Luglio\", \"Agosto\",\n"
                + "var d = new Date();\nvote_IL_1 = null\nvar x = 1;\n" + story + "\nvar y = 2;\n";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(List.of(story), spans.stream().map(s -> s.of(text)).toList());
    }

    @Test
    void aSecondCopyOfALineIsOut() {
        // corriere.it pages carry their kicker, headline and subtitle twice; gv pages repeat a tweet's date line
        String head = "Nelle ultime 48 ore ha dato segni di vitalità\nLa strategia di Gheddafi\n";
        String story = "WASHINGTON – La comunità internazionale vuole accentuare la pressione su Tripoli.";
        String text = head + head + story + "\n";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(List.of(head.strip(), story), spans.stream().map(s -> s.of(text)).toList());
    }

    @Test
    void aListingOfTitlesWithTheirDateAndAuthorLinesIsOut() {
        // diritto di critica: truncated titles, each under a "29 Agosto 2012 | Name" stamp, after the story
        String story = "Le tribù orientali, quelle oggi in rivolta, non hanno in gran parte legami con il fondamentalismo.";
        String text = story + "\nRuby, l'arma a doppio taglio della Procura di Milano\nFinisce il Ramadan, a Milano tante"
                + " polemiche...\n29 Agosto 2012 | Giovanni Giacalone\nIl limbo senza fine dei piccoli migranti...\n"
                + "24 Giugno 2011 | Erica Balduzzi\nCOSMO SkyMed, quei satelliti italiani puntati sul Mediterraneo...\n";
        List<Span> spans = spanner.contentSpans(text);
        assertEquals(List.of(story), spans.stream().map(s -> s.of(text)).toList());
    }

    @Test
    void teasersCutOffMidSentenceAfterTheStoryAreOut() {
        // d17 of news-dev: the site's latest news, each cut off, between the story and the page footer
        String story = "Il ministro ha parlato con il suo omologo, secondo una nota diffusa in serata dal governo.";
        String text = story + "\nDa questa mattina militari della Guardia di Finanza di Genova, coordinati della locale"
                + " Procura\nIl tifone Vamco si è ulteriormente intensificato e si prevede che il suo primo passaggio\n"
                + "Back to Top\n";
        assertEquals(List.of(story), spanner.contentSpans(text).stream().map(s -> s.of(text)).toList());
        String oneLine = story + "\nIl tifone Vamco si è ulteriormente intensificato e si prevede che il suo primo\n"
                + "Back to Top\n";
        assertEquals(List.of(story + "\nIl tifone Vamco si è ulteriormente intensificato e si prevede che il suo primo"),
                spanner.contentSpans(oneLine).stream().map(s -> s.of(oneLine)).toList());
        String noFooter = story + "\n@ASanalla: I criminali non rappresentano né Bengasi né l'Islam. Foto dalla protesta\n"
                + "\"I criminali e gli assassini non rappresentano l'Islam\". Foto dalla protesta del 12 settembre\n";
        assertEquals(List.of(noFooter.strip()), spanner.contentSpans(noFooter).stream().map(s -> s.of(noFooter)).toList());
    }
}
