package org.filo.ingest;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's default HTML mapping, plus the HTML5 sectioning elements it drops (nav, aside, footer, header, article,
 * main), so that {@link LayoutRecorder} sees them. None of them is a line-break element for Tika's XHTML handler,
 * so the extracted text is the same as with the default mapping (FormatsTest holds that).
 */
final class LayoutHtmlMapper implements HtmlMapper {
    static final LayoutHtmlMapper INSTANCE = new LayoutHtmlMapper();
    private static final Set<String> SECTIONS = Set.of("nav", "aside", "footer", "header", "article", "main");

    private LayoutHtmlMapper() {
    }

    @Override
    public String mapSafeElement(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECTIONS.contains(lower) ? lower : DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
    }

    @Override
    public boolean isDiscardElement(String name) {
        return DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
    }
}
