package org.whatmatters.conversation.script;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.words.Lexicon;
import org.whatmatters.translations.catalog.Catalog;
import org.whatmatters.translations.catalog.Catalogs;
import org.whatmatters.translations.catalog.Xliff;

/**
 * Extracts the English of every script and reply into the translation catalogs, so nothing is typed
 * twice: {@code en.xlf} is written fresh, and each language's catalog is synced (new keys added as
 * drafts, changed sources made stale, unused keys dropped, translations kept). Each entry carries a
 * note for the interpreter: where it is, what comes before and after, what its placeholders hold.
 * Usage: {@code ExtractCatalogs <scripts folder> <catalogs folder>}.
 */
public final class ExtractCatalogs {

    /** The order a person meets the scripts in, so catalogs read like the conversation. */
    private static final List<String> ORDER =
            List.of(
                    "welcome",
                    "self-referral",
                    "what-matters",
                    "contact-preferences",
                    "follow-up-1",
                    "follow-up-2",
                    "follow-up-3",
                    "signposting",
                    "language",
                    "talk");

    private static final String SERVICE_NAME =
            "{signpost_%d} is the name of a local group or service (usually English); keep it as it is";
    private static final String SERVICE_DETAILS =
            "{signpost_%1$d_details} is how to reach that group or service: name, phone, web, hours (usually English)";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)");
    private static final Map<String, String> PLACEHOLDERS =
            Map.ofEntries(
                    Map.entry(
                            "named_contact",
                            "{named_contact} is the name of the person's contact, e.g. 'Sam at Mind' or 'the WhatMatters team'"),
                    Map.entry("privacy_url", "{privacy_url} is a web address"),
                    Map.entry("emergency", "{emergency} is the emergency number, e.g. 999"),
                    Map.entry("samaritans", "{samaritans} is the Samaritans' number, e.g. 116 123"),
                    Map.entry(
                            "nhs111",
                            "{nhs111} is e.g. '111 and select the mental health option' (in English)"),
                    Map.entry(
                            "topic",
                            "{topic} is what we were talking about, e.g. 'your details' (in English until titles are translated)"),
                    Map.entry("code", "{code} is the six-digit sign-in code, e.g. 123456"),
                    Map.entry("minutes", "{minutes} is how many minutes the code works, e.g. 10"),
                    Map.entry(
                            "signpost_asked",
                            "{signpost_asked} is the name of a local group or service, as the directory has it (usually English)"),
                    Map.entry("signpost_1", SERVICE_NAME.formatted(1)),
                    Map.entry("signpost_2", SERVICE_NAME.formatted(2)),
                    Map.entry("signpost_3", SERVICE_NAME.formatted(3)),
                    Map.entry("signpost_1_details", SERVICE_DETAILS.formatted(1)),
                    Map.entry("signpost_2_details", SERVICE_DETAILS.formatted(2)),
                    Map.entry("signpost_3_details", SERVICE_DETAILS.formatted(3)));

    private ExtractCatalogs() {}

    public static void main(String[] args) throws IOException {
        Path scripts = Path.of(args.length > 0 ? args[0] : "conversation-scripts/scripts");
        Path catalogs = Path.of(args.length > 1 ? args[1] : "translations/catalogs");
        Map<String, Catalog.SourceText> sources =
                sources(ScriptLibrary.fromFolder(scripts), repliesIn(scripts.resolve("replies")));
        Files.createDirectories(catalogs);
        write(
                catalogs.resolve("en.xlf"),
                new Catalog(
                                "en",
                                "English source, extracted from conversation-scripts by ExtractCatalogs. Do not edit here: edit the scripts and extract again.",
                                List.of())
                        .syncedWith(sources));
        for (String language : Catalogs.TRANSLATED) {
            Path file = catalogs.resolve(language + ".xlf");
            Catalog existing =
                    Files.exists(file)
                            ? read(file)
                            : new Catalog(
                                    language,
                                    "DRAFT translations written without an interpreter: nothing here is sent to anyone until a named interpreter reviews it.",
                                    List.of());
            write(file, existing.syncedWith(sources));
        }
        System.out.println("extracted " + sources.size() + " texts into " + catalogs);
    }

    /** Every text a person may see or write, keyed, in conversation order, with its note. */
    public static Map<String, Catalog.SourceText> sources(ScriptLibrary library, Replies replies) {
        Map<String, Catalog.SourceText> sources = new LinkedHashMap<>();
        List<Script> scripts = new ArrayList<>(library.all());
        scripts.sort(
                Comparator.comparingInt(
                                (Script s) ->
                                        ORDER.contains(s.id())
                                                ? ORDER.indexOf(s.id())
                                                : ORDER.size())
                        .thenComparing(Script::id));
        for (Script script : scripts) {
            List<Text> texts = new ArrayList<>();
            List<String> where = new ArrayList<>();
            for (Node node : script.nodes()) {
                for (Text text : node.texts()) {
                    texts.add(text);
                    where.add(describe(script, node, text));
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                Text text = texts.get(i);
                StringBuilder note = new StringBuilder(where.get(i));
                if (i > 0) {
                    note.append(" Comes after: \"").append(texts.get(i - 1).source()).append("\".");
                }
                if (i + 1 < texts.size()) {
                    note.append(" Comes before: \"")
                            .append(texts.get(i + 1).source())
                            .append("\".");
                }
                sources.put(
                        text.key(),
                        new Catalog.SourceText(
                                text.source(), withPlaceholders(note, text.source())));
            }
        }
        for (Text text : replies.all().values()) {
            String note;
            if (text.key().startsWith("words.")) {
                note =
                        "Words people may reply with to mean '"
                                + text.key().substring(6)
                                + "', comma-separated; matched as the whole message. "
                                + "List your language's own words (and how people write them in Latin letters), not a word-for-word translation.";
                if (worksAnywhere(text.key())) {
                    note +=
                            " These work for everyone, whatever language they chose. Put "
                                    + Lexicon.OWN_LANGUAGE_ONLY
                                    + " before a word that is also an ordinary reply in English or another language (Roman-Urdu '"
                                    + Lexicon.OWN_LANGUAGE_ONLY
                                    + "band', since 'band' is an English word): it then works only for people who chose your language.";
                }
            } else if (text.key().equals("crisis.phrases")) {
                note =
                        "Crisis language in your language, one entry per line, matched anywhere in a message, under [kind] headings; [concern] "
                                + "is distress without a stated risk. An entry is a phrase, a concept (@name = words, word* for any ending) or a "
                                + "combination of them (@a + @b within N words). List how people really write it, misspellings, Latin letters and "
                                + "the English they mix in included; not a line-by-line translation. When in doubt, include it.";
            } else {
                note = "A reply that works anywhere in a conversation (" + text.key() + ").";
            }
            sources.put(
                    text.key(),
                    new Catalog.SourceText(
                            text.source(),
                            withPlaceholders(new StringBuilder(note), text.source())));
        }
        return sources;
    }

    /** Whether {@code key} lists words that work anywhere (not yes or no, which are answers). */
    private static boolean worksAnywhere(String key) {
        return Arrays.stream(Lexicon.Kind.values())
                .anyMatch(kind -> kind.global() && kind.key().equals(key));
    }

    private static String describe(Script script, Node node, Text text) {
        if (node instanceof AskNode ask
                && ask.answer() instanceof ChoiceAnswer choice
                && !text.key().equals(ask.prompt().key())
                && (ask.hint() == null || !text.key().equals(ask.hint().key()))) {
            int number = choice.texts().indexOf(text) + 1;
            return "Script '"
                    + script.id()
                    + "', option "
                    + number
                    + " of question '"
                    + node.id()
                    + "' (shown as '"
                    + number
                    + " <option>').";
        }
        String kind =
                node instanceof AskNode ask
                        ? (ask.hint() != null && text.key().equals(ask.hint().key())
                                ? "hint for question"
                                : "question")
                        : node instanceof EndNode ? "closing message" : "message";
        return "Script '"
                + script.id()
                + "' ("
                + script.title()
                + "), "
                + kind
                + " '"
                + node.id()
                + "'. One SMS if you can, never more than two.";
    }

    private static String withPlaceholders(StringBuilder note, String source) {
        Matcher placeholder = PLACEHOLDER.matcher(source);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            note.append(' ')
                    .append(
                            PLACEHOLDERS.getOrDefault(
                                    name, "{" + name + "} is filled in when sent"))
                    .append('.');
        }
        return note.toString();
    }

    private static Replies repliesIn(Path folder) {
        Map<String, Text> all = new LinkedHashMap<>();
        for (String resource : Replies.RESOURCES) {
            Path file = folder.resolve(Path.of(resource).getFileName());
            try {
                all.putAll(
                        Replies.parse(resource, Files.readString(file, StandardCharsets.UTF_8))
                                .all());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Replies.of(all);
    }

    private static Catalog read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Xliff.read(file.toString(), in);
        }
    }

    private static void write(Path file, Catalog catalog) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Xliff.write(catalog, out);
        }
    }
}
