package dev.skillfleet.desktop.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** stdout and stderr in UTF-8 whatever the platform's locale, so quotes and names never turn into '?'. */
final class CliOutput {

    static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private CliOutput() {
    }
}
