package org.whatmatters.translations.catalog;

import com.ibm.icu.util.ULocale;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 2 as translation tools write it (Trados, memoQ, Phrase, OmegaT through Okapi): files
 * and groups of units; a unit's {@code <notes>}, {@code <originalData>} and any number of {@code
 * <segment>}s and {@code <ignorable>}s, joined in order into one text; inline codes inside source
 * and target — {@code <ph>}, {@code <pc>}, {@code <sc>}/{@code <ec>} restored from the {@code
 * <data>} they reference (so a placeholder a tool protected as {@code <ph dataRef="d1"/>} comes
 * back as {@code {named_contact}}), {@code <mrk>}/{@code <sm>} annotations unwrapped, {@code <cp>}
 * as its character; modules and extensions a tool adds (metadata, change tracking, its own
 * namespaces) skipped. A file of another XLIFF version or namespace is refused at once.
 */
final class XliffReader {

    static final String XLIFF_1_NS = "urn:oasis:names:tc:xliff:document:1.2";

    private final String file;
    private final boolean fromTool;
    private final XMLStreamReader xml;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final List<CatalogEntry> entries = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private String language;
    private String header;

    private XliffReader(String file, boolean fromTool, XMLStreamReader xml) {
        this.file = file;
        this.fromTool = fromTool;
        this.xml = xml;
    }

    /**
     * @param fromTool a file coming back from a translation tool: a {@code reviewed} or {@code
     *     final} state without {@code wm:reviewer} is read as translated (an import never makes
     *     anything reviewed) instead of being refused, as it is in a shipped catalog
     */
    static Catalog read(String file, Reader in, boolean fromTool) {
        XliffReader reader;
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            reader = new XliffReader(file, fromTool, factory.createXMLStreamReader(in));
            reader.document();
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 1;
            throw new CatalogException(
                    List.of(
                            new CatalogProblem(
                                    file,
                                    line,
                                    null,
                                    "not well-formed XML: "
                                            + e.getMessage().replaceAll("(?s)^.*Message: ", ""))));
        } catch (Refused refused) {
            throw new CatalogException(List.of(refused.problem));
        }
        if (!reader.problems.isEmpty()) {
            throw new CatalogException(reader.problems);
        }
        return new Catalog(reader.language, reader.header, reader.entries);
    }

    /** A file this reader will not read at all. */
    private static final class Refused extends RuntimeException {
        final CatalogProblem problem;

        Refused(CatalogProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    private void document() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.COMMENT && header == null) {
                header = xml.getText().strip();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                root();
                container();
                return;
            }
        }
        throw new Refused(new CatalogProblem(file, 1, null, "empty file: no <xliff> element"));
    }

    private void root() {
        int line = line();
        String namespace = xml.getNamespaceURI();
        String version = xml.getAttributeValue(null, "version");
        if (!"xliff".equals(xml.getLocalName())) {
            throw new Refused(
                    new CatalogProblem(
                            file,
                            line,
                            null,
                            "not an XLIFF file: it starts with <"
                                    + xml.getLocalName()
                                    + ">, not <xliff>"));
        }
        if (XLIFF_1_NS.equals(namespace) || (version != null && version.startsWith("1."))) {
            throw new Refused(
                    new CatalogProblem(
                            file,
                            line,
                            null,
                            "this is XLIFF "
                                    + (version == null ? "1.x" : version)
                                    + "; WhatMatters reads XLIFF 2.0 only: export the file from your tool as XLIFF 2.0"));
        }
        if (!Xliff.NS.equals(namespace)) {
            throw new Refused(
                    new CatalogProblem(
                            file,
                            line,
                            null,
                            "<xliff> is in namespace '"
                                    + (namespace == null ? "" : namespace)
                                    + "'; an XLIFF 2.0 file declares xmlns=\""
                                    + Xliff.NS
                                    + "\""));
        }
        if (version == null || !version.matches("2\\.[01]")) {
            throw new Refused(
                    new CatalogProblem(
                            file,
                            line,
                            null,
                            "<xliff version=\""
                                    + (version == null ? "" : version)
                                    + "\">: WhatMatters reads XLIFF version 2.0 (or 2.1)"));
        }
        String target = xml.getAttributeValue(null, "trgLang");
        if (target == null || target.isBlank()) {
            problems.add(
                    new CatalogProblem(
                            file, line, null, "<xliff> needs trgLang, the catalog's language"));
        } else {
            language = catalogLanguage(target);
        }
    }

    /**
     * The catalog a {@code trgLang} is for: its language ({@code ur-PK} is {@code ur}), unless it
     * names a script other than the language's usual one ({@code pa-Arab}, Shahmukhi, is not the
     * Gurmukhi {@code pa}).
     */
    static String catalogLanguage(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag.strip());
        String script = locale.getScript();
        if (!script.isEmpty()
                && !script.equals(
                        ULocale.addLikelySubtags(new ULocale(locale.getLanguage())).getScript())) {
            return locale.getLanguage() + "-" + script;
        }
        return locale.getLanguage().isEmpty() ? tag.strip() : locale.getLanguage();
    }

    /**
     * Inside {@code <xliff>}, {@code <file>} or {@code <group>}: units, wherever they are nested.
     */
    private void container() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (inXliff()
                    && ("file".equals(xml.getLocalName()) || "group".equals(xml.getLocalName()))) {
                container();
            } else if (inXliff() && "unit".equals(xml.getLocalName())) {
                unit();
            } else {
                skip(); // <notes> of a file, <skeleton>, modules and extensions
            }
        }
    }

    private void unit() throws XMLStreamException {
        Unit unit = new Unit(xml.getAttributeValue(null, "id"), line());
        unit.reviewer = xml.getAttributeValue(Xliff.WM, "reviewer");
        unit.reviewedAt = xml.getAttributeValue(Xliff.WM, "reviewedAt");
        unit.reviewedSource = xml.getAttributeValue(Xliff.WM, "reviewedSource");
        if (unit.key == null || unit.key.isBlank()) {
            problems.add(
                    new CatalogProblem(
                            file, unit.line, null, "<unit> needs an id (the text's key)"));
        } else if (!keys.add(unit.key)) {
            problems.add(new CatalogProblem(file, unit.line, unit.key, "duplicate unit id"));
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = inXliff() ? xml.getLocalName() : "";
            switch (name) {
                case "notes" -> notes(unit);
                case "originalData" -> originalData(unit);
                case "segment" -> part(unit, true);
                case "ignorable" -> part(unit, false);
                default -> skip();
            }
        }
        unit.toEntry().ifPresent(entries::add);
    }

    private void notes(Unit unit) throws XMLStreamException {
        while (nextChild()) {
            if (inXliff() && "note".equals(xml.getLocalName())) {
                String category = xml.getAttributeValue(null, "category");
                String text = plainText();
                if (unit.note == null || ("context".equals(category) && !unit.contextNote)) {
                    unit.note = text;
                    unit.contextNote = "context".equals(category);
                }
            } else {
                skip();
            }
        }
    }

    private void originalData(Unit unit) throws XMLStreamException {
        while (nextChild()) {
            if (inXliff() && "data".equals(xml.getLocalName())) {
                String id = xml.getAttributeValue(null, "id");
                unit.data.put(id, content(unit, "data").toString());
            } else {
                skip();
            }
        }
    }

    /** A {@code <segment>} or an {@code <ignorable>}: its source and target join the unit's. */
    private void part(Unit unit, boolean segment) throws XMLStreamException {
        int line = line();
        if (segment) {
            unit.segments++;
            unit.states.add(
                    new String[] {
                        xml.getAttributeValue(null, "state"),
                        xml.getAttributeValue(null, "subState")
                    });
        }
        StringBuilder source = null;
        StringBuilder target = null;
        while (nextChild()) {
            String name = inXliff() ? xml.getLocalName() : "";
            if ("source".equals(name)) {
                source = content(unit, "source");
            } else if ("target".equals(name)) {
                target = content(unit, "target");
            } else {
                skip();
            }
        }
        if (source == null) {
            problems.add(
                    new CatalogProblem(
                            file,
                            line,
                            unit.key,
                            "<" + (segment ? "segment" : "ignorable") + "> without <source>"));
            return;
        }
        unit.source.append(source);
        unit.parts.add(
                new Part(
                        segment,
                        line,
                        source.toString(),
                        target == null ? null : target.toString()));
    }

    /**
     * The text of a {@code <source>}, {@code <target>} or {@code <data>}, inline codes resolved. A
     * code that stands for something the file does not give is a problem, never silently an empty
     * text.
     */
    private StringBuilder content(Unit unit, String where) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return text;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                inline(unit, where, text);
            }
        }
        return text;
    }

    private void inline(Unit unit, String where, StringBuilder text) throws XMLStreamException {
        String name =
                inXliff()
                        ? xml.getLocalName()
                        : "{" + xml.getNamespaceURI() + "}" + xml.getLocalName();
        int line = line();
        switch (name) {
            case "cp" -> {
                String hex = xml.getAttributeValue(null, "hex");
                try {
                    text.appendCodePoint(Integer.parseInt(hex, 16));
                } catch (RuntimeException e) {
                    problems.add(
                            new CatalogProblem(
                                    file,
                                    line,
                                    unit.key,
                                    "<cp hex=\"" + hex + "\"> is not a character"));
                }
                skip();
            }
            case "ph", "sc", "ec" -> {
                String ref = xml.getAttributeValue(null, "dataRef");
                String equiv = xml.getAttributeValue(null, "equiv");
                String id = xml.getAttributeValue(null, "id");
                if (ref != null) {
                    text.append(unit.reference(ref, name, line));
                } else if (equiv != null) {
                    text.append(equiv);
                } else if ("ph".equals(name)) {
                    problems.add(
                            new CatalogProblem(
                                    file,
                                    line,
                                    unit.key,
                                    "inline code <ph id=\""
                                            + id
                                            + "\"> in <"
                                            + where
                                            + "> has no dataRef or equiv: what it stands for is lost"));
                }
                skip();
            }
            case "pc" -> {
                String start = xml.getAttributeValue(null, "dataRefStart");
                String end = xml.getAttributeValue(null, "dataRefEnd");
                if (start != null) {
                    text.append(unit.reference(start, name, line));
                }
                text.append(content(unit, where));
                if (end != null) {
                    text.append(unit.reference(end, name, line));
                }
            }
            case "mrk" -> text.append(content(unit, where));
            case "sm", "em" -> skip();
            default -> {
                problems.add(
                        new CatalogProblem(
                                file,
                                line,
                                unit.key,
                                "<" + xml.getLocalName() + "> cannot be inside <" + where + ">"));
                skip();
            }
        }
    }

    /** The text of an element with no markup of its own (a note). */
    private String plainText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    /** Moves to the next child element of the current one; false at its end. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private boolean inXliff() {
        return Xliff.NS.equals(xml.getNamespaceURI());
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    private record Part(boolean segment, int line, String source, String target) {}

    /** A unit as it is being read. */
    private final class Unit {
        final String key;
        final int line;
        final Map<String, String> data = new HashMap<>();
        final List<Part> parts = new ArrayList<>();
        final List<String[]> states = new ArrayList<>();
        final StringBuilder source = new StringBuilder();
        int segments;
        String reviewer;
        String reviewedAt;
        String reviewedSource;
        String note;
        boolean contextNote;

        Unit(String key, int line) {
            this.key = key;
            this.line = line;
        }

        /**
         * What a code's dataRef stands for; {@code <originalData>} comes before the segments in
         * XLIFF 2.
         */
        String reference(String ref, String element, int at) {
            String value = data.get(ref);
            if (value == null) {
                problems.add(
                        new CatalogProblem(
                                file,
                                at,
                                key,
                                "<"
                                        + element
                                        + "> refers to data '"
                                        + ref
                                        + "', which is not in the unit's <originalData>"));
                return "";
            }
            return value;
        }

        Optional<CatalogEntry> toEntry() {
            if (segments == 0) {
                problems.add(new CatalogProblem(file, line, key, "no <segment> with a <source>"));
                return Optional.empty();
            }
            StringBuilder target = new StringBuilder();
            boolean anyTarget =
                    parts.stream().anyMatch(part -> part.segment() && part.target() != null);
            for (Part part : parts) {
                if (part.target() != null) {
                    target.append(part.target());
                } else if (!part.segment()) {
                    target.append(
                            part.source()); // an ignorable without a target: the same whitespace
                } else if (anyTarget && !part.source().isBlank()) {
                    problems.add(
                            new CatalogProblem(
                                    file,
                                    part.line(),
                                    key,
                                    "this segment has no <target> while others do: "
                                            + "the translation would lose a sentence"));
                }
            }
            TranslationState parsed;
            try {
                parsed = leastReviewed();
            } catch (IllegalArgumentException e) {
                problems.add(new CatalogProblem(file, line, key, e.getMessage()));
                return Optional.empty();
            }
            Instant at = null;
            if (reviewedAt != null) {
                try {
                    at = Instant.parse(reviewedAt);
                } catch (DateTimeParseException e) {
                    problems.add(
                            new CatalogProblem(
                                    file,
                                    line,
                                    key,
                                    "wm:reviewedAt '"
                                            + reviewedAt
                                            + "' is not an ISO-8601 instant"));
                }
            }
            if (parsed == TranslationState.REVIEWED && (reviewer == null || reviewer.isBlank())) {
                if (fromTool) {
                    parsed = TranslationState.TRANSLATED;
                } else {
                    problems.add(
                            new CatalogProblem(
                                    file,
                                    line,
                                    key,
                                    "state reviewed needs wm:reviewer, the interpreter who reviewed it"));
                }
            }
            return Optional.of(
                    new CatalogEntry(
                            key,
                            source.toString(),
                            anyTarget ? target.toString() : "",
                            parsed,
                            reviewer,
                            at,
                            reviewedSource,
                            note,
                            line));
        }

        /** A unit is only as far along as its least reviewed segment; stale if any segment is. */
        private TranslationState leastReviewed() {
            TranslationState least = null;
            for (String[] state : states) {
                TranslationState one = TranslationState.fromXliff(state[0], state[1]);
                if (least == null || rank(one) < rank(least)) {
                    least = one;
                }
            }
            return least;
        }
    }

    private static int rank(TranslationState state) {
        return switch (state) {
            case STALE -> 0;
            case DRAFT -> 1;
            case TRANSLATED -> 2;
            case REVIEWED -> 3;
        };
    }
}
