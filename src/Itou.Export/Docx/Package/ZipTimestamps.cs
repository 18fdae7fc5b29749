using System.Buffers.Binary;

namespace Itou.Export.Docx.Package;

/// <summary>
/// Sets the modification date of every entry of a finished zip, in place: the packaging library
/// stamps entries with the clock, and the same input must give the same bytes. Patching the DOS
/// date fields of the local and central headers avoids recompressing the package.
/// </summary>
internal static class ZipTimestamps
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;

    public static void Set(Span<byte> zip, DateOnly date)
    {
        var (time, day) = ((ushort)(12 << 11), (ushort)(((date.Year - 1980) << 9) | (date.Month << 5) | date.Day));
        var end = FindEnd(zip);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var position = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        for (var i = 0; i < entries; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[position..]) != CentralHeader)
                throw new InvalidDataException("zip central directory is not where its end record says");
            Stamp(zip[(position + 12)..], time, day);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(position + 42)..]);
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[local..]) != LocalHeader)
                throw new InvalidDataException("zip local header is not where the central directory says");
            Stamp(zip[(local + 10)..], time, day);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(position + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(position + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(position + 32)..]);
            position += 46 + nameLength + extraLength + commentLength;
        }
    }

    private static void Stamp(Span<byte> field, ushort time, ushort day)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(field, time);
        BinaryPrimitives.WriteUInt16LittleEndian(field[2..], day);
    }

    private static int FindEnd(ReadOnlySpan<byte> zip)
    {
        for (var i = zip.Length - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) == EndOfCentralDirectory)
                return i;
        }
        throw new InvalidDataException("not a zip: no end of central directory");
    }
}
