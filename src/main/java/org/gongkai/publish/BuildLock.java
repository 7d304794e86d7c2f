package org.gongkai.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One build at a time per output folder: two builds into one {@code site/} would remove each other's staging
 * folders. The lock is the operating system's lock on {@code .<out>.lock} beside the folder, so a killed build
 * leaves no stale lock behind; the file itself stays (deleting it on release would let two later builds lock
 * two different files).
 */
public final class BuildLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @return the lock, or empty when another build (in this or another process) holds it */
    public static Optional<BuildLock> tryAcquire(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        Path file = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new BuildLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw OutputFailure.of(out.toString().replace('\\', '/'), "publish.cannotStage", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was locked
            }
        }
    }
}
