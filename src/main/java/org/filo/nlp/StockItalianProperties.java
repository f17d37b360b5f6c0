package org.filo.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** CoreNLP's shipped Italian pipeline settings (models-italian artifact), with the annotators chosen. */
final class StockItalianProperties {
    private StockItalianProperties() {
    }

    static Properties withAnnotators(String annotators) {
        Properties props = new Properties();
        try (InputStream in = StockItalianProperties.class.getClassLoader()
                .getResourceAsStream("StanfordCoreNLP-italian.properties")) {
            if (in == null) {
                throw new IllegalStateException("StanfordCoreNLP-italian.properties is not on the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", annotators);
        return props;
    }
}
