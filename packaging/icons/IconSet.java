import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packs the rendered PNGs in {@code assets/} into the two icon containers the installers need:
 * {@code icon.ico} (Windows: 16–256 px) and {@code icon.icns} (macOS: 16–1024 px, normal and Retina entries).
 *
 * <p>Both formats are a small directory of entries followed by the images, so a single-file program with no
 * dependencies writes them, on any OS with a JDK 17+ ({@code java packaging/icons/IconSet.java [assets-dir]}).
 * {@code render.sh} beside this file renders the PNGs from {@code assets/icon.svg} first and then runs this.
 *
 * <p>Choices: the .ico holds 16–128 px as 32-bit BMP entries and 256 px as PNG, the layout Windows' own tools
 * write (every Windows since Vista reads both; some older readers of .ico take only BMP below 256). The .icns
 * holds PNG entries only (icp4–icp6, ic07–ic14), which macOS reads since 10.7/10.8.
 */
public final class IconSet {

    /** Every size rendered from the SVG; {@code render.sh} writes exactly these. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    /** An .icns entry: its four-letter type and the PNG size it holds (Retina types hold twice the point size). */
    record IcnsEntry(String type, int pixels) {
    }

    /** In the order Apple's iconutil writes them; several types share a PNG (e.g. 32 px is icp5 and 16@2x). */
    static final List<IcnsEntry> ICNS_ENTRIES = List.of(
            new IcnsEntry("icp4", 16), new IcnsEntry("ic11", 32), new IcnsEntry("icp5", 32),
            new IcnsEntry("ic12", 64), new IcnsEntry("icp6", 64), new IcnsEntry("ic07", 128),
            new IcnsEntry("ic13", 256), new IcnsEntry("ic08", 256), new IcnsEntry("ic14", 512),
            new IcnsEntry("ic09", 512), new IcnsEntry("ic10", 1024));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public static void main(String[] args) throws IOException {
        Path assets = Path.of(args.length > 0 ? args[0] : "assets");
        try {
            byte[] ico = ico(assets);
            byte[] icns = icns(assets);
            writeAtomically(assets.resolve("icon.ico"), ico);
            writeAtomically(assets.resolve("icon.icns"), icns);
            System.out.printf("Wrote %s (%d bytes, %d images) and %s (%d bytes, %d entries)%n",
                    assets.resolve("icon.ico"), ico.length, ICO_SIZES.length,
                    assets.resolve("icon.icns"), icns.length, ICNS_ENTRIES.size());
        } catch (IllegalArgumentException e) {
            // A missing or wrong PNG: say which, write nothing.
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** The Windows icon: ICONDIR, one 16-byte ICONDIRENTRY per image, then the images (little-endian). */
    static byte[] ico(Path assets) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            byte[] png = png(assets, size);
            images.add(size >= 256 ? png : dib(decode(png, assets, size)));
        }
        int offset = 6 + 16 * ICO_SIZES.length;
        ByteBuffer out = ByteBuffer.allocate(offset + images.stream().mapToInt(b -> b.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int size = ICO_SIZES[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            out.put((byte) 0).put((byte) 0);                                               // no palette, reserved
            out.putShort((short) 1).putShort((short) 32);                                  // planes, bits per pixel
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /**
     * A BMP icon entry: BITMAPINFOHEADER (height doubled: colour rows then the AND mask), 32-bit BGRA rows bottom-up,
     * then the 1-bit AND mask (set where fully transparent, for readers that ignore alpha), rows padded to 4 bytes.
     */
    static byte[] dib(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int maskStride = ((w + 31) / 32) * 4;
        ByteBuffer out = ByteBuffer.allocate(40 + w * h * 4 + maskStride * h).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(40).putInt(w).putInt(2 * h).putShort((short) 1).putShort((short) 32).putInt(0)
                .putInt(w * h * 4 + maskStride * h).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                out.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            byte[] row = new byte[maskStride];
            for (int x = 0; x < w; x++) {
                if ((image.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            out.put(row);
        }
        return out.array();
    }

    /** The macOS icon: "icns" and the total length, then per entry its type, its length (with the 8-byte header), the PNG. */
    static byte[] icns(Path assets) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (IcnsEntry entry : ICNS_ENTRIES) {
            byte[] png = png(assets, entry.pixels());
            body.write(entry.type().getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            body.write(png);
        }
        ByteBuffer out = ByteBuffer.allocate(8 + body.size());
        out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + body.size()).put(body.toByteArray());
        return out.array();
    }

    /** {@code icon-<size>.png}, checked to be a PNG of exactly that size. */
    static byte[] png(Path assets, int size) throws IOException {
        Path file = assets.resolve("icon-" + size + ".png");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is missing: run packaging/icons/render.sh to render it from "
                    + assets.resolve("icon.svg") + ".");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 24 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)) {
            throw new IllegalArgumentException(file + " is not a PNG file.");
        }
        // IHDR is always the first chunk: width and height at bytes 16 and 20, big-endian.
        int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
        if (width != size || height != size) {
            throw new IllegalArgumentException(file + " is " + width + "x" + height + " pixels; expected "
                    + size + "x" + size + ".");
        }
        return bytes;
    }

    private static BufferedImage decode(byte[] png, Path assets, int size) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IllegalArgumentException(assets.resolve("icon-" + size + ".png") + " cannot be decoded as a PNG.");
        }
        return image;
    }

    /** Temp file beside the target, then a rename: an interrupted run leaves the old icon, never half a new one. */
    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                // A temp file is owner-only; an icon is an ordinary readable file.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
