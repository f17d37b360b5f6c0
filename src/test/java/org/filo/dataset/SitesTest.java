package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document's site: the URL's host without "www.", else the source's nearest folder not named by a date. */
class SitesTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://www.ilpost.it/2016/03/16/siria/|batch/a.txt|ilpost.it",
            "http://ilpost.it/copia|batch/a.txt|ilpost.it",
            "https://WWW.ANSA.IT/a.html|batch/a.txt|ansa.it",
            "https://it.euronews.com:443/a?x=1|batch/a.txt|it.euronews.com",
            "-|../shared/data/news-it/syria/2016-03-16/ext_66.txt|syria",
            "-|2016/03/ext_1.txt|local",
            "-|gv/2016/03/16/a.html|gv",
            "non un url|gv/2016-03-16/gv_1.txt|gv",
            "/relativo/a.html|gv/a.txt|gv",
            "-|-|-",
    })
    void siteIsTheHostOrTheFolder(String url, String source, String site) {
        assertEquals(site, Sites.site(url, source));
    }
}
