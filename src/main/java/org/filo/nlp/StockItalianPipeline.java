package org.filo.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own Italian pipeline ({@code cdc_tokenize,pos,ner}) as a user would set it up from the shipped
 * properties: the anchor the benchmark compares the project's pipeline with.
 */
public final class StockItalianPipeline {
    private final StanfordCoreNLP pipeline;

    private StockItalianPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    public static StockItalianPipeline load() {
        Properties props = StockItalianProperties.withAnnotators("cdc_tokenize,pos,ner");
        return new StockItalianPipeline(new StanfordCoreNLP(props));
    }

    /** Annotates a text and returns how many tokens the stock tokenizer made of it. */
    public int annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        return doc.tokens().size();
    }
}
