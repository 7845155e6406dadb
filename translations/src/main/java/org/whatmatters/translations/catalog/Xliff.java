package org.whatmatters.translations.catalog;

import java.io.Reader;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Catalogs as XLIFF 2.0, the OASIS interchange format translation tools open: one {@code <unit>}
 * per text, its English {@code <source>}, the {@code <target>}, the review state as the segment's
 * {@code state}, the interpreter's context as a {@code <note>}, and who reviewed it (and the source
 * they reviewed) as {@code wm:} attributes. Read with the JDK's StAX parser so each problem can
 * name its line ({@link XliffReader}: what translation tools write, inline codes and several
 * segments included); written as one segment per unit, the text plain (placeholders as ICU {@code
 * {name}}).
 */
public final class Xliff {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String WM = "https://whatmatters.nhs.example/xliff";

    private Xliff() {}

    /**
     * Reads a catalog as shipped or exported by this service; every problem is reported as {@code
     * file:line: key: problem}.
     */
    public static Catalog read(String file, Reader in) {
        return XliffReader.read(file, in, false);
    }

    /**
     * Reads a file coming back from a translation tool, for an import: the same, except that a
     * {@code reviewed} or {@code final} state without {@code wm:reviewer} reads as translated (an
     * import never makes anything reviewed) instead of refusing the file.
     */
    public static Catalog readFromTool(String file, Reader in) {
        return XliffReader.read(file, in, true);
    }

    public static void write(Catalog catalog, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            if (catalog.header() != null) {
                xml.writeComment(" " + catalog.header() + " ");
                newline(xml, 0);
            }
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("wm", WM);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", "en");
            xml.writeAttribute("trgLang", catalog.language());
            newline(xml, 1);
            xml.writeStartElement("file");
            xml.writeAttribute("id", "whatmatters");
            for (CatalogEntry entry : catalog.entries()) {
                newline(xml, 2);
                xml.writeStartElement("unit");
                xml.writeAttribute("id", entry.key());
                if (entry.reviewer() != null) {
                    xml.writeAttribute(WM, "reviewer", entry.reviewer());
                }
                if (entry.reviewedAt() != null) {
                    xml.writeAttribute(WM, "reviewedAt", entry.reviewedAt().toString());
                }
                if (entry.reviewedSource() != null) {
                    xml.writeAttribute(WM, "reviewedSource", entry.reviewedSource());
                }
                if (entry.note() != null) {
                    newline(xml, 3);
                    xml.writeStartElement("notes");
                    newline(xml, 4);
                    xml.writeStartElement("note");
                    xml.writeAttribute("category", "context");
                    xml.writeCharacters(entry.note());
                    xml.writeEndElement();
                    newline(xml, 3);
                    xml.writeEndElement();
                }
                newline(xml, 3);
                xml.writeStartElement("segment");
                xml.writeAttribute("state", entry.state().xliffState());
                if (entry.state() == TranslationState.STALE) {
                    xml.writeAttribute("subState", "wm:stale");
                }
                newline(xml, 4);
                xml.writeStartElement("source");
                xml.writeCharacters(entry.source());
                xml.writeEndElement();
                newline(xml, 4);
                xml.writeStartElement("target");
                xml.writeCharacters(entry.translation());
                xml.writeEndElement();
                newline(xml, 3);
                xml.writeEndElement();
                newline(xml, 2);
                xml.writeEndElement();
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write catalog " + catalog.language(), e);
        }
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
