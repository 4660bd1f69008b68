package org.wildcase.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An EXIF block as a camera writes one (make, model, time taken, GPS position), put into a JPEG after its start
 * marker: enough for the metadata reader to find what a phone at a customs post records.
 */
final class Exif {

    private Exif() {
    }

    static byte[] into(byte[] jpeg, String make, String model, String takenAt, double latitude, double longitude) {
        byte[] makeBytes = ascii(make);
        byte[] modelBytes = ascii(model);
        byte[] taken = ascii(takenAt);
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 4 * 12 + 4;
        int gpsIfd = exifIfd + 2 + 12 + 4;
        int data = gpsIfd + 2 + 4 * 12 + 4;
        int makeAt = data;
        int modelAt = makeAt + makeBytes.length;
        int takenAt2 = modelAt + modelBytes.length;
        int latAt = takenAt2 + taken.length;
        int lonAt = latAt + 24;
        ByteBuffer tiff = ByteBuffer.allocate(lonAt + 24);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 4);
        entry(tiff, 0x010F, 2, makeBytes.length, makeAt);
        entry(tiff, 0x0110, 2, modelBytes.length, modelAt);
        entry(tiff, 0x8769, 4, 1, exifIfd);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        entry(tiff, 0x9003, 2, taken.length, takenAt2);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, (latitude >= 0 ? 'N' : 'S') << 24);
        entry(tiff, 0x0002, 5, 3, latAt);
        entry(tiff, 0x0003, 2, 2, (longitude >= 0 ? 'E' : 'W') << 24);
        entry(tiff, 0x0004, 5, 3, lonAt);
        tiff.putInt(0);
        tiff.put(makeBytes).put(modelBytes).put(taken);
        degrees(tiff, Math.abs(latitude));
        degrees(tiff, Math.abs(longitude));

        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void degrees(ByteBuffer b, double value) {
        int deg = (int) value;
        double minutes = (value - deg) * 60;
        int min = (int) minutes;
        long sec = Math.round((minutes - min) * 60 * 10000);
        b.putInt(deg).putInt(1).putInt(min).putInt(1).putInt((int) sec).putInt(10000);
    }

    private static byte[] ascii(String s) {
        return (s + "\0").getBytes(StandardCharsets.US_ASCII);
    }
}
