package org.whatmatters.backend.signposting;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.io.ResourceResolver;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fixed list of service categories and their keywords, read once at start-up from the
 * categories file (SIGNPOSTING_CATEGORIES_FILE). They change only with a deployment, so they are
 * held for the life of the process. A broken file stops start-up with {@code file:line: problem}
 * for each mistake.
 */
@Context
public class Categories {

    private static final Logger LOG = LoggerFactory.getLogger(Categories.class);

    private final Map<String, Category> byCode = new LinkedHashMap<>();
    private final Set<String> ignoredWords;

    Categories(SignpostingSettings settings, ResourceResolver resources) {
        String location =
                settings.categoriesFile().contains(":")
                        ? settings.categoriesFile()
                        : "file:" + settings.categoriesFile();
        String file = location.substring(location.indexOf(':') + 1);
        URL url =
                resources
                        .getResource(location)
                        .orElseThrow(
                                () ->
                                        new CategoriesFileException(
                                                List.of(
                                                        file
                                                                + ": not found (SIGNPOSTING_CATEGORIES_FILE is "
                                                                + settings.categoriesFile()
                                                                + ")")));
        CategoriesFile.Parsed parsed;
        try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            parsed = CategoriesFile.parse(file, reader);
        } catch (IOException e) {
            throw new CategoriesFileException(
                    List.of(file + ": cannot be read: " + e.getMessage()));
        }
        parsed.categories().forEach(category -> byCode.put(category.code(), category));
        this.ignoredWords = Set.copyOf(parsed.ignoredWords());
        LOG.info("signposting: {} categories read from {}", byCode.size(), file);
    }

    public List<Category> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.toLowerCase(Locale.ROOT)));
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /** Everyday words left out when a person's answers are matched ("used", "help", "really"). */
    public Set<String> ignoredWords() {
        return ignoredWords;
    }
}
