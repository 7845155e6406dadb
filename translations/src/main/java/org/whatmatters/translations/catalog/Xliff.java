package org.whatmatters.translations.catalog;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Catalogs as XLIFF 2.0, the OASIS interchange format translation tools open: one {@code <unit>} per text,
 * its English {@code <source>}, the {@code <target>}, the review state as the segment's {@code state}, the
 * interpreter's context as a {@code <note>}, and who reviewed it (and the source they reviewed) as
 * {@code wm:} attributes. Read with the JDK's StAX parser so each problem can name its line.
 */
public final class Xliff {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String WM = "https://whatmatters.nhs.example/xliff";

    private Xliff() {
    }

    public static Catalog read(String file, Reader in) {
        List<CatalogProblem> problems = new ArrayList<>();
        List<CatalogEntry> entries = new ArrayList<>();
        String language = null;
        String header = null;
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Set<String> keys = new HashSet<>();
            Unit unit = null;
            StringBuilder text = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.COMMENT && header == null && language == null) {
                    header = xml.getText().strip();
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    int line = xml.getLocation().getLineNumber();
                    switch (name) {
                        case "xliff" -> {
                            language = xml.getAttributeValue(null, "trgLang");
                            if (language == null || language.isBlank()) {
                                problems.add(new CatalogProblem(file, line, null, "<xliff> needs trgLang, the catalog's language"));
                            }
                        }
                        case "unit" -> {
                            unit = new Unit(xml.getAttributeValue(null, "id"), line);
                            unit.reviewer = xml.getAttributeValue(WM, "reviewer");
                            unit.reviewedAt = xml.getAttributeValue(WM, "reviewedAt");
                            unit.reviewedSource = xml.getAttributeValue(WM, "reviewedSource");
                            if (unit.key == null || unit.key.isBlank()) {
                                problems.add(new CatalogProblem(file, line, null, "<unit> needs an id (the text's key)"));
                            } else if (!keys.add(unit.key)) {
                                problems.add(new CatalogProblem(file, line, unit.key, "duplicate unit id"));
                            }
                        }
                        case "segment" -> {
                            if (unit != null) {
                                unit.state = xml.getAttributeValue(null, "state");
                                unit.subState = xml.getAttributeValue(null, "subState");
                            }
                        }
                        case "source", "target", "note" -> text = new StringBuilder();
                        default -> {
                            // other XLIFF elements (file, notes, inline codes) carry nothing we keep
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (unit != null && text != null) {
                        switch (name) {
                            case "source" -> unit.source = text.toString();
                            case "target" -> unit.target = text.toString();
                            case "note" -> unit.note = text.toString();
                            default -> {
                            }
                        }
                    }
                    if (!"segment".equals(name) && !"unit".equals(name)) {
                        text = null;
                    }
                    if ("unit".equals(name) && unit != null) {
                        unit.toEntry(file, problems).ifPresent(entries::add);
                        unit = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 1;
            problems.add(new CatalogProblem(file, line, null, "not well-formed XML: " + e.getMessage().replaceAll("(?s)^.*Message: ", "")));
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new Catalog(language, header, entries);
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

    /** A unit as it is being read. */
    private static final class Unit {
        final String key;
        final int line;
        String reviewer;
        String reviewedAt;
        String reviewedSource;
        String state;
        String subState;
        String source;
        String target;
        String note;

        Unit(String key, int line) {
            this.key = key;
            this.line = line;
        }

        java.util.Optional<CatalogEntry> toEntry(String file, List<CatalogProblem> problems) {
            if (source == null) {
                problems.add(new CatalogProblem(file, line, key, "no <source>"));
                return java.util.Optional.empty();
            }
            TranslationState parsed;
            try {
                parsed = TranslationState.fromXliff(state, subState);
            } catch (IllegalArgumentException e) {
                problems.add(new CatalogProblem(file, line, key, e.getMessage()));
                return java.util.Optional.empty();
            }
            Instant at = null;
            if (reviewedAt != null) {
                try {
                    at = Instant.parse(reviewedAt);
                } catch (DateTimeParseException e) {
                    problems.add(new CatalogProblem(file, line, key, "wm:reviewedAt '" + reviewedAt + "' is not an ISO-8601 instant"));
                }
            }
            if (parsed == TranslationState.REVIEWED && (reviewer == null || reviewer.isBlank())) {
                problems.add(new CatalogProblem(file, line, key, "state reviewed needs wm:reviewer, the interpreter who reviewed it"));
            }
            return java.util.Optional.of(new CatalogEntry(key, source, target, parsed, reviewer, at, reviewedSource, note, line));
        }
    }
}
