package dev.skillfleet.desktop.core.library;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip bytes by hand, for what java.util.zip cannot write: Unix modes in the external attributes (a symbolic
 * link entry is mode 0120000 with the link target as its data) and sizes that lie about the data.
 */
final class RawZip {

    private record Entry(String name, byte[] data, boolean deflate, int unixMode, long declaredSize) {
    }

    private final List<Entry> entries = new ArrayList<>();

    RawZip file(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), true, 0100644, -1);
    }

    RawZip symlink(String name, String linkTarget) {
        return add(name, linkTarget.getBytes(StandardCharsets.UTF_8), false, 0120777, -1);
    }

    /** An entry whose header claims {@code declaredSize} bytes when it really inflates to {@code data.length}. */
    RawZip lying(String name, byte[] data, long declaredSize) {
        return add(name, data, true, 0100644, declaredSize);
    }

    RawZip add(String name, byte[] data, boolean deflate, int unixMode, long declaredSize) {
        entries.add(new Entry(name, data, deflate, unixMode, declaredSize));
        return this;
    }

    Path writeTo(Path file) throws Exception {
        Files.write(file, bytes());
        return file;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(e.data());
            byte[] stored = e.deflate() ? deflate(e.data()) : e.data();
            long size = e.declaredSize() >= 0 ? e.declaredSize() : e.data().length;
            int offset = out.size();
            ByteBuffer local = le(30 + name.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) (e.deflate() ? 8 : 0)).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt(stored.length).putInt((int) size)
                    .putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(stored);
            ByteBuffer cen = le(46 + name.length);
            cen.putInt(0x02014b50).putShort((short) ((3 << 8) | 20)).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) (e.deflate() ? 8 : 0)).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt(stored.length).putInt((int) size)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(e.unixMode() << 16).putInt(offset).put(name);
            central.writeBytes(cen.array());
        }
        int cenOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt(cenOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
