package org.gongkai.build;

import java.util.function.IntSupplier;

/** Hears which stage a build is in, for a progress line on a terminal. Implementations must be thread-safe. */
public interface BuildListener {

    BuildListener SILENT = new BuildListener() {
        @Override
        public void stage(Stage stage, IntSupplier done) {
        }

        @Override
        public void finished() {
        }
    };

    /** A stage began; {@code done} counts its finished units (files written), readable from any thread. */
    void stage(Stage stage, IntSupplier done);

    /** The build ended, successfully or not. */
    void finished();
}
