package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip to import. Metadata comes from two readers that must agree: {@link ZipFile} (sizes, data) and
 * {@link ZipDirectory} (the Unix file types ZipFile does not expose). A zip on which they disagree is not imported.
 */
final class ZipSource implements ImportSource {

    private final Path file;
    private final ZipFile zip;
    private final List<Entry> entries;
    private final long overLimit;

    private ZipSource(Path file, ZipFile zip, List<Entry> entries, long overLimit) {
        this.file = file;
        this.zip = zip;
        this.entries = entries;
        this.overLimit = overLimit;
    }

    static ZipSource open(Path file, ImportLimits limits) throws NotReadableException {
        List<ZipDirectory.Record> records;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            records = ZipDirectory.read(channel, limits.maxEntries());
        } catch (ZipDirectory.TooManyEntriesException e) {
            return new ZipSource(file, null, List.of(), e.entries);
        } catch (IOException e) {
            throw new NotReadableException("it is not a readable zip file (" + e.getMessage() + ")");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NotReadableException("it is not a readable zip file (" + e.getMessage() + ")");
        }
        try {
            return new ZipSource(file, zip, entries(zip, records), 0);
        } catch (NotReadableException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static List<Entry> entries(ZipFile zip, List<ZipDirectory.Record> records) throws NotReadableException {
        Map<String, Integer> fromZipFile = new HashMap<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            fromZipFile.merge(e.nextElement().getName(), 1, Integer::sum);
        }
        Map<String, Integer> fromDirectory = new HashMap<>();
        records.forEach(r -> fromDirectory.merge(r.name(), 1, Integer::sum));
        if (!fromZipFile.equals(fromDirectory)) {
            throw new NotReadableException("its list of entries is inconsistent (a damaged or crafted zip)");
        }
        List<Entry> entries = new ArrayList<>(records.size());
        for (ZipDirectory.Record r : records) {
            ZipEntry entry = zip.getEntry(r.name());
            Kind kind = r.symbolicLink() ? Kind.LINK : r.name().endsWith("/") ? Kind.DIRECTORY : Kind.FILE;
            String problem = null;
            if (r.encrypted()) {
                problem = "is encrypted; password-protected zips cannot be imported";
            } else if (r.method() != ZipEntry.STORED && r.method() != ZipEntry.DEFLATED) {
                problem = "uses compression method " + r.method() + "; only stored and deflated entries can be read";
            }
            entries.add(new Entry(r.name(), kind, entry == null ? 0 : Math.max(0, entry.getSize()), r.executable(),
                    problem));
        }
        return List.copyOf(entries);
    }

    @Override
    public String displayName() {
        return file.getFileName().toString();
    }

    @Override
    public boolean archive() {
        return true;
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public long entryCountOverLimit() {
        return overLimit;
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipEntry entry = zip == null ? null : zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            throw new IOException("entry " + name + " is no longer in " + displayName());
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }
}
