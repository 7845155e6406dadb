package org.whatmatters.backend.signposting;

/**
 * Published inside a transaction that changed the directory; the cache is cleared once it commits.
 */
record DirectoryChanged() {}
