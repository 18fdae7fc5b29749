using System.Buffers.Binary;

namespace Itou.Export.Imaging;

/// <summary>
/// Takes out of a JPEG file what does not make its picture: EXIF (camera, GPS, thumbnail), XMP,
/// Photoshop and vendor segments, comments, and data after the end of the image (phones append
/// depth maps and previews there). Kept: the JFIF header, ICC colour profiles, Adobe's colour-transform
/// segment and everything that codes the picture, byte for byte. The EXIF orientation is read first
/// and handed back, for the caller to apply when drawing. Anything unexpected: the file is returned as it is.
/// </summary>
internal static class JpegMetadata
{
    private const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;
    private const byte App0 = 0xE0;
    private const byte App1 = 0xE1;
    private const byte App2 = 0xE2;
    private const byte App14 = 0xEE;
    private const byte App15 = 0xEF;
    private const byte Comment = 0xFE;
    private const ushort OrientationTag = 0x0112;

    /// <summary>
    /// The picture's bytes without metadata, and its EXIF orientation (1 to 8, 1 when absent); the
    /// bytes themselves when <paramref name="jpeg"/> is not a JPEG file that parses.
    /// </summary>
    public static (byte[] Picture, int Orientation) Strip(byte[] jpeg)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        if (jpeg.Length < 4 || jpeg[0] != Marker || jpeg[1] != StartOfImage)
            return (jpeg, 1);
        var kept = new MemoryStream(jpeg.Length);
        kept.Write(jpeg, 0, 2);
        var orientation = 1;
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == Marker)
        {
            var marker = jpeg[position + 1];
            if (marker == Marker)
            {
                position++; // fill byte
                continue;
            }
            var end = position + 2 + ((jpeg[position + 2] << 8) | jpeg[position + 3]);
            if (end > jpeg.Length || end < position + 4)
                return (jpeg, 1);
            var segment = jpeg.AsSpan(position, end - position);
            if (marker == App1 && Exif(segment[4..]) is { IsEmpty: false } exif)
                orientation = Orientation(exif) ?? orientation;
            if (marker == StartOfScan)
            {
                // The coded picture, up to and with the end-of-image marker; whatever follows it is dropped.
                var imageEnd = EndOfImageAfter(jpeg, end);
                if (imageEnd < 0)
                    return (jpeg, 1);
                kept.Write(jpeg, position, imageEnd - position);
                return (kept.ToArray(), orientation);
            }
            if (Keeps(marker, segment[4..]))
                kept.Write(segment);
            position = end;
        }
        return (jpeg, 1);
    }

    /// <summary>True for segments that code the picture or its colours.</summary>
    private static bool Keeps(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        App0 => payload.StartsWith("JFIF\0"u8),
        App2 => payload.StartsWith("ICC_PROFILE\0"u8),
        App14 => payload.StartsWith("Adobe"u8),
        >= App1 and <= App15 => false,
        Comment => false,
        _ => true,
    };

    /// <summary>The index just after the end-of-image marker that closes the scans starting at <paramref name="position"/>, or -1.</summary>
    private static int EndOfImageAfter(byte[] jpeg, int position)
    {
        while (position + 1 < jpeg.Length)
        {
            if (jpeg[position] != Marker)
            {
                position++;
                continue;
            }
            var next = jpeg[position + 1];
            if (next == EndOfImage)
                return position + 2;
            if (next is 0x00 or Marker or (>= 0xD0 and <= 0xD7))
            {
                // A stuffed 0xFF, a fill byte or a restart marker: still coded data.
                position += next == Marker ? 1 : 2;
                continue;
            }
            // Tables or the header of the next scan (progressive files): skipped whole.
            if (position + 4 > jpeg.Length)
                return -1;
            position += 2 + ((jpeg[position + 2] << 8) | jpeg[position + 3]);
        }
        return -1;
    }

    private static ReadOnlySpan<byte> Exif(ReadOnlySpan<byte> payload) =>
        payload.StartsWith("Exif\0\0"u8) ? payload[6..] : default;

    /// <summary>The orientation tag of the first image directory of a TIFF structure (EXIF), if any and valid.</summary>
    private static int? Orientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
            return null;
        var littleEndian = tiff[0] == 'I' && tiff[1] == 'I';
        if (!littleEndian && !(tiff[0] == 'M' && tiff[1] == 'M'))
            return null;
        var directory = Read32(tiff, 4, littleEndian);
        if (directory + 2 > tiff.Length)
            return null;
        var entries = Read16(tiff, (int)directory, littleEndian);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)directory + 2 + i * 12;
            if (entry + 12 > tiff.Length)
                return null;
            if (Read16(tiff, entry, littleEndian) == OrientationTag)
                return Read16(tiff, entry + 8, littleEndian) is var value and >= 1 and <= 8 ? value : null;
        }
        return null;
    }

    private static int Read16(ReadOnlySpan<byte> bytes, int at, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..])
        : BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);

    private static long Read32(ReadOnlySpan<byte> bytes, int at, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..])
        : BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
}
