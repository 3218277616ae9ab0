package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads a zip's central directory: the part {@link java.util.zip.ZipFile} hides but an import must see, the
 * "external attributes" holding each entry's Unix file type and permissions. That is where a symbolic link entry is
 * marked (type 0120000), and where the executable bit of a script travels. Only metadata is read here; the data
 * itself is read through {@code ZipFile}.
 */
final class ZipDirectory {

    /** One central directory record. */
    record Record(String name, int versionMadeBy, int flags, int method, long externalAttributes, long position) {

        private static final int UNIX = 3;
        private static final int MAC_OS_X = 19;
        private static final int TYPE_MASK = 0170000;
        private static final int SYMLINK = 0120000;

        /** The Unix mode (type and permissions), or 0 when the archiver did not record one. */
        int unixMode() {
            int host = versionMadeBy >>> 8;
            return host == UNIX || host == MAC_OS_X ? (int) (externalAttributes >>> 16) & 0xFFFF : 0;
        }

        /** Also checks the mode when the host byte says otherwise: a link is refused whoever claims to have made it. */
        boolean symbolicLink() {
            return (((int) (externalAttributes >>> 16)) & TYPE_MASK) == SYMLINK;
        }

        boolean executable() {
            return (unixMode() & 0111) != 0;
        }

        boolean encrypted() {
            return (flags & 1) != 0;
        }
    }

    static final int CEN_SIGNATURE = 0x02014b50;
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int END_SIZE = 22;
    private static final int CEN_HEADER_SIZE = 46;
    /** Offsets inside a central directory header. */
    static final int VERSION_MADE_BY_OFFSET = 4;
    static final int EXTERNAL_ATTRIBUTES_OFFSET = 38;
    /** Far above 10,000 entries' headers; a bigger directory is refused before it is read into memory. */
    private static final long MAX_DIRECTORY_BYTES = 64L * 1024 * 1024;

    private ZipDirectory() {
    }

    /** How many entries the zip says it has, read from its end record alone (cheap: no directory read). */
    static long entryCount(FileChannel channel) throws IOException {
        return end(channel).entries();
    }

    /**
     * Every record, in directory order.
     *
     * @param maxEntries refuses (with a ZipException) a directory announcing more entries than this, before reading it
     */
    static List<Record> read(FileChannel channel, long maxEntries) throws IOException {
        End end = end(channel);
        if (end.entries() > maxEntries) {
            throw new TooManyEntriesException(end.entries());
        }
        if (end.size() > MAX_DIRECTORY_BYTES || end.size() > end.position()) {
            throw new ZipException("its central directory is damaged or implausibly large");
        }
        // Measured back from the end record rather than trusting the stored offset, like ZipFile: this also copes
        // with data prepended to the archive (self-extracting zips).
        long start = end.position() - end.size();
        ByteBuffer dir = ByteBuffer.allocate((int) end.size()).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, dir, start);
        dir.flip();
        List<Record> records = new ArrayList<>();
        for (long i = 0; i < end.entries(); i++) {
            int at = dir.position();
            if (dir.remaining() < CEN_HEADER_SIZE || dir.getInt(at) != CEN_SIGNATURE) {
                throw new ZipException("its central directory is damaged (entry " + (i + 1) + ")");
            }
            int versionMadeBy = Short.toUnsignedInt(dir.getShort(at + 4));
            int flags = Short.toUnsignedInt(dir.getShort(at + 8));
            int method = Short.toUnsignedInt(dir.getShort(at + 10));
            int nameLength = Short.toUnsignedInt(dir.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(dir.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(dir.getShort(at + 32));
            long external = Integer.toUnsignedLong(dir.getInt(at + EXTERNAL_ATTRIBUTES_OFFSET));
            int next = at + CEN_HEADER_SIZE + nameLength + extraLength + commentLength;
            if (next > dir.limit()) {
                throw new ZipException("its central directory is damaged (entry " + (i + 1) + ")");
            }
            byte[] name = new byte[nameLength];
            dir.get(at + CEN_HEADER_SIZE, name);
            // ZipFile is opened with UTF-8 too, so both readers agree on every name.
            records.add(new Record(new String(name, StandardCharsets.UTF_8), versionMadeBy, flags, method, external,
                    start + at));
            dir.position(next);
        }
        return records;
    }

    /** A zip announcing more entries than allowed; thrown before its directory is read. */
    static final class TooManyEntriesException extends ZipException {
        final long entries;

        TooManyEntriesException(long entries) {
            super("it has " + entries + " entries");
            this.entries = entries;
        }
    }

    private record End(long entries, long size, long position) {
    }

    private static End end(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        if (fileSize < END_SIZE) {
            throw new ZipException("it is too short to be a zip file");
        }
        // The end record sits in the last 22 bytes plus up to 65,535 bytes of comment.
        int window = (int) Math.min(fileSize, END_SIZE + 0xFFFF);
        ByteBuffer tail = ByteBuffer.allocate(window).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, tail, fileSize - window);
        for (int at = window - END_SIZE; at >= 0; at--) {
            if (tail.getInt(at) != END_SIGNATURE
                    || at + END_SIZE + Short.toUnsignedInt(tail.getShort(at + 20)) != window) {
                continue;
            }
            long position = fileSize - window + at;
            long entries = Short.toUnsignedInt(tail.getShort(at + 10));
            long size = Integer.toUnsignedLong(tail.getInt(at + 12));
            if (entries == 0xFFFF || size == 0xFFFFFFFFL || tail.getInt(at + 16) == -1) {
                return zip64End(channel, position);
            }
            return new End(entries, size, position);
        }
        throw new ZipException("it is not a zip file (no end of central directory record)");
    }

    /** The ZIP64 end record, which archivers write when a count or offset overflows the classic fields. */
    private static End zip64End(FileChannel channel, long endPosition) throws IOException {
        if (endPosition < 20) {
            throw new ZipException("its ZIP64 end record is missing");
        }
        ByteBuffer locator = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, locator, endPosition - 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            throw new ZipException("its ZIP64 end record is missing");
        }
        long recordPosition = locator.getLong(8);
        ByteBuffer record = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        if (recordPosition < 0 || recordPosition + 56 > endPosition) {
            throw new ZipException("its ZIP64 end record is damaged");
        }
        readFully(channel, record, recordPosition);
        if (record.getInt(0) != ZIP64_END_SIGNATURE) {
            throw new ZipException("its ZIP64 end record is damaged");
        }
        long entries = record.getLong(32);
        long size = record.getLong(40);
        if (entries < 0 || size < 0) {
            throw new ZipException("its ZIP64 end record is damaged");
        }
        return new End(entries, size, recordPosition);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new ZipException("it ends unexpectedly");
            }
            at += n;
        }
    }

    /**
     * Marks entries of a zip written by {@link java.util.zip.ZipOutputStream} as made on Unix with the given modes.
     * ZipOutputStream cannot record permissions, so a packaged script would lose its executable bit; the central
     * directory is not covered by any checksum, so setting the two fields afterwards keeps the zip valid.
     */
    static void setUnixModes(FileChannel channel, java.util.function.ToIntFunction<String> modeOfName)
            throws IOException {
        ByteBuffer field = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        for (Record r : read(channel, Long.MAX_VALUE)) {
            int mode = modeOfName.applyAsInt(r.name());
            field.clear().putShort((short) ((Record.UNIX << 8) | (r.versionMadeBy() & 0xFF))).flip();
            channel.write(field, r.position() + VERSION_MADE_BY_OFFSET);
            field.clear().putInt(mode << 16).flip();
            channel.write(field, r.position() + EXTERNAL_ATTRIBUTES_OFFSET);
        }
    }
}
