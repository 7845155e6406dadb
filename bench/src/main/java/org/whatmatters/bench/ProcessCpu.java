package org.whatmatters.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU seconds a process has used, from /proc (Linux): a figure of the work done that depends much
 * less on what else the machine is doing than a rate does.
 */
final class ProcessCpu {

    private ProcessCpu() {}

    /** User + system CPU seconds of process {@code pid} (all threads) so far; -1 if unknown. */
    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]))
                    / 100.0; // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The local MariaDB server's process, if one runs on this machine. */
    static OptionalLong mariadbServer() {
        return ProcessHandle.allProcesses()
                .filter(
                        process ->
                                process.info()
                                        .command()
                                        .map(command -> command.endsWith("/mariadbd"))
                                        .orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst();
    }
}
