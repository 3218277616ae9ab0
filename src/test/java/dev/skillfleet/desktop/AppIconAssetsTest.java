package dev.skillfleet.desktop;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The icons rendered from assets/icon.svg (packaging/icons/render.sh) are all there, in the sizes each OS needs, and
 * the .ico and .icns containers hold what they should: the installers read them as they are committed.
 */
class AppIconAssetsTest {

    private static final Path ASSETS = Path.of("assets");

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodes as an image").isNotNull();
        return image;
    }

    @Test
    void everyPngSizeIsRenderedAtItsSize() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            BufferedImage image = read(Files.readAllBytes(ASSETS.resolve("icon-" + size + ".png")));
            assertThat(image.getWidth()).as("icon-%d.png", size).isEqualTo(size);
            assertThat(image.getHeight()).as("icon-%d.png", size).isEqualTo(size);
            assertThat(image.getColorModel().hasAlpha()).as("rounded corners are transparent").isTrue();
            assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha of icon-%d.png", size).isZero();
            assertThat(image.getRGB(size / 2, size / 2) >>> 24).as("centre alpha").isEqualTo(255);
        }
    }

    @Test
    void theWindowsIconHoldsSixteenTo256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ASSETS.resolve("icon.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(ico.getShort(entry + 6)).as("32 bits per pixel").isEqualTo((short) 32);
            assertThat(offset + length).isLessThanOrEqualTo(ico.capacity());
            byte[] data = Arrays.copyOfRange(ico.array(), offset, offset + length);
            if (data[0] == (byte) 0x89) {
                assertThat(read(data).getWidth()).isEqualTo(width);
            } else {
                ByteBuffer header = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(header.getInt(0)).as("BITMAPINFOHEADER").isEqualTo(40);
                assertThat(header.getInt(4)).isEqualTo(width);
                assertThat(header.getInt(8)).as("colour rows and mask rows").isEqualTo(2 * width);
            }
            sizes.add(width);
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void theMacIconHoldsSixteenTo1024WithRetinaEntries() throws IOException {
        byte[] bytes = Files.readAllBytes(ASSETS.resolve("icon.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("total length").isEqualTo(bytes.length);
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (int at = 8; at < bytes.length; ) {
            String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(at + 4);
            assertThat(length).as(type).isGreaterThan(8);
            entries.put(type, read(Arrays.copyOfRange(bytes, at + 8, at + length)).getWidth());
            at += length;
        }
        assertThat(entries).containsExactly(Map.entry("icp4", 16), Map.entry("ic11", 32), Map.entry("icp5", 32),
                Map.entry("ic12", 64), Map.entry("icp6", 64), Map.entry("ic07", 128), Map.entry("ic13", 256),
                Map.entry("ic08", 256), Map.entry("ic14", 512), Map.entry("ic09", 512), Map.entry("ic10", 1024));
    }

    @Test
    void theWindowIconsInTheJarAreTheRenderedOnes() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            try (InputStream in = getClass().getResourceAsStream("/dev/skillfleet/desktop/icons/icon-" + size + ".png")) {
                assertThat(in).as("window icon %d", size).isNotNull();
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(ASSETS.resolve("icon-" + size + ".png")));
            }
        }
    }
}
