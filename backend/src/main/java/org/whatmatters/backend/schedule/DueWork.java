package org.whatmatters.backend.schedule;

/**
 * A kind of work done at a given time, whichever instance picks it up: a follow-up contact coming
 * due, an alert nobody acknowledged. Each implementation says which {@link #kind()} it does and
 * does it for the data it was scheduled with, in its own transaction; it is run at least once, so
 * it must do nothing on a second run.
 */
public interface DueWork {

    String kind();

    void run(String data);
}
