package org.gongkai.serve;

/** What the preview tells its user (the console): the port it took, and each build. Called from one thread at a time. */
public interface PreviewListener {

    /** The requested port was taken, so the preview listens on {@code used}. */
    void portTaken(int requested, int used);

    /** A build finished, well or not; the first one is the build at start. */
    void rebuilt(Rebuild rebuild);
}
