package org.whatmatters.backend.signposting;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words and stems them with Lucene's {@link EnglishAnalyzer} (Unicode word breaks,
 * possessives, lower case, stop words, Porter stemming), leaving out Lucene's English stop words
 * and the categories file's ignored words. "swimming" and "swim" share a stem; each word keeps how
 * it was written.
 */
@Singleton
public class Words {

    /** One word: its stem, for matching, and the word as written (lower case), for saying why. */
    public record Word(String stem, String surface) {}

    private final Analyzer analyzer;

    Words(Categories categories) {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(categories.ignoredWords());
        this.analyzer = new EnglishAnalyzer(CharArraySet.unmodifiableSet(stop));
    }

    public List<Word> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain =
                text.replace('\u2019', '\'')
                        .replace('\u2018', '\''); // phones type curly apostrophes
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", plain)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(
                        new Word(
                                term.toString(),
                                plain.substring(offset.startOffset(), offset.endOffset())
                                        .toLowerCase(Locale.ROOT)));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return words;
    }

    public Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        of(text).forEach(word -> stems.add(word.stem()));
        return stems;
    }

    @PreDestroy
    void close() {
        analyzer.close();
    }
}
