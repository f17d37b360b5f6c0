package org.filo.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds small test documents in memory: a minimal DOCX with java.util.zip, PDFs with PDFBox. */
public final class Documents {
    public static final String ITALIAN_PARAGRAPH = "Il presidente ucraino ha parlato al telefono con il cancelliere"
            + " tedesco giovedì sera, secondo una nota della presidenza.";

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String BODY_OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String BODY_CLOSE = "</w:body></w:document>";

    private Documents() {
    }

    public static byte[] docx(String paragraph) throws IOException {
        return zipDocx(out -> write(out, BODY_OPEN + "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p>" + BODY_CLOSE));
    }

    /** A DOCX whose document.xml unpacks to {@code chars} characters of text but deflates to almost nothing. */
    public static byte[] docxBomb(int chars) throws IOException {
        return zipDocx(out -> {
            write(out, BODY_OPEN);
            String paragraph = "<w:p><w:r><w:t>" + "a".repeat(10_000) + "</w:t></w:r></w:p>";
            for (int i = 0; i < chars / 10_000; i++) {
                write(out, paragraph);
            }
            write(out, BODY_CLOSE);
        });
    }

    /** A minimal ODT: the stored mimetype entry first, then content.xml with one paragraph. */
    static byte[] odt(String paragraph) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:"
                    + "opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text><text:p>"
                    + paragraph + "</text:p></office:text></office:body></office:document-content>");
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:"
                    + "names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\""
                    + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry"
                    + " manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        }
        return bytes.toByteArray();
    }

    public static byte[] pdf(String line) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                text.newLineAtOffset(40, 700);
                text.showText(line);
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] zipDocx(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            write(zip, CONTENT_TYPES);
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            write(zip, RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            body.writeTo(zip);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
