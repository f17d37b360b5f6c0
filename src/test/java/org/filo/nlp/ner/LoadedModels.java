package org.filo.nlp.ner;

import java.io.IOException;
import java.util.List;
import org.filo.SharedData;
import org.filo.eval.BioTsv;
import org.filo.eval.TaggedSentence;

/** The models and sample sentences the NER tests share: each model loads once per JVM, on first use. */
final class LoadedModels {
    private LoadedModels() {
    }

    private static final class Stock {
        static final StockNer STOCK = NerModels.loadStock();
    }

    /** Built from the model itself, never from a cache, so it is the reference for the cached one. */
    private static final class Fresh {
        static final FastNer FAST = NerModels.loadFastUncached();
    }

    static StockNer stock() {
        return Stock.STOCK;
    }

    static FastNer fast() {
        return Fresh.FAST;
    }

    static final List<List<String>> HAND_WRITTEN = List.of(
            words("Il presidente della Repubblica Sergio Mattarella ha telefonato a Vladimir Putin ."),
            words("Il ministro della Difesa Guido Crosetto ha incontrato a Bruxelles il segretario generale "
                    + "della NATO Mark Rutte ."),
            words("La Banca d' Italia ha sede a Roma , in via Nazionale ."),
            words("Ieri Giorgia Meloni e Emmanuel Macron si sono sentiti al telefono dopo il vertice di Parigi ."),
            words("Il capo di Stato maggiore della Difesa , generale Luciano Portolano , ha parlato con il "
                    + "comandante delle forze armate ucraine ."),
            words("Il Consiglio di sicurezza delle Nazioni Unite si riunirà a New York lunedì ."),
            words("Roma"));

    static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    /** The first sentences (at least 400 tokens) of WN_test; skips the test when ../shared is absent. */
    static List<List<String>> wnSample() throws IOException {
        List<TaggedSentence> all = BioTsv.read(SharedData.require("data/kind/WN_test.tsv"));
        return BioTsv.prefix(all, 400).stream().map(TaggedSentence::words).toList();
    }
}
