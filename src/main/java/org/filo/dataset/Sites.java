package org.filo.dataset;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/** The publisher of a document, so that {@code num_sources} counts publishers, not copies. */
final class Sites {
    private Sites() {
    }

    /** The URL's host without "www."; without a URL, the source's nearest folder not named by a date. */
    static String site(String url, String source) {
        if (url != null) {
            try {
                String host = URI.create(url).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT); // host names are case-insensitive
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall back to the path
            }
        }
        if (source == null) {
            return null;
        }
        // Batches are often filed by day (syria/2016-03-16/ext_66, gv/2016/03/16/a): the publisher folder is above.
        for (Path dir = Path.of(source).getParent(); dir != null; dir = dir.getParent()) {
            Path name = dir.getFileName();
            if (name != null && !name.toString().matches("\\d{4}(-\\d{2}){0,2}|\\d{1,2}|\\.{1,2}")) {
                return name.toString();
            }
        }
        return "local";
    }
}
