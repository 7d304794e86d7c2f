package org.gongkai.build;

import java.util.function.IntSupplier;

/** Hears which stage a build is in, for a progress line on a terminal. Implementations must be thread-safe. */
public interface BuildListener {

    BuildListener SILENT = new BuildListener() {
        @Override
        public void stage(String name, IntSupplier done) {
        }

        @Override
        public void finished() {
        }
    };

    /** A stage began; {@code done} counts its finished units (files written), readable from any thread. */
    void stage(String name, IntSupplier done);

    /** The build ended, successfully or not. */
    void finished();
}
