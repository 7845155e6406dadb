package org.whatmatters.backend.signposting;

import java.util.Set;

/**
 * A directory entry with the stems of its tags, name and description, worked out once per directory
 * read.
 */
record IndexedService(
        LocalService service,
        Set<String> tagStems,
        Set<String> nameStems,
        Set<String> descriptionStems) {

    static IndexedService of(LocalService service, Words words) {
        return new IndexedService(
                service,
                words.stems(String.join(" ; ", service.tags())),
                words.stems(service.name()),
                words.stems(service.description()));
    }
}
