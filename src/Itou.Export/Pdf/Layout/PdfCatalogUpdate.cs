using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Itou.Export.Publishing;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Adds what Skia cannot write (the outline and /Lang) as a PDF incremental update: a new catalog
/// object, the outline objects, an xref section and a trailer pointing back at Skia's. The original
/// bytes are untouched and nothing random or dated is added, so output stays identical run to run.
/// Outline entries open Skia's named destinations (<c>/Dest /name</c>). Attached files
/// (<see cref="AttachmentWriter"/>) add their objects and write the pages that carry them again.
/// </summary>
internal static partial class PdfCatalogUpdate
{
    /// <summary>The update to append to <paramref name="pdf"/> (a complete PDF written by Skia).</summary>
    public static byte[] For(ReadOnlySpan<byte> pdf, DocumentDescription description, IReadOnlyDictionary<string, AnchorLocation> anchors, IReadOnlyList<PlacedAttachment> attachments, DiagnosticBag diagnostics)
    {
        var trailer = Trailer.Parse(pdf);
        var catalog = CatalogDictionary(pdf, trailer.Root);
        var objects = new List<string>();
        var nextNumber = trailer.Size;
        var outlineRoot = description.Outline.Count > 0 ? nextNumber++ : 0;
        if (outlineRoot > 0)
            OutlineWriter.Write(objects, outlineRoot, description.Outline, anchors, ref nextNumber,
                item => diagnostics.Report(DiagnosticCodes.PdfUnknownAnchor, description.SourceName, 0, $"Bookmark '{item.Title}' points at the unknown anchor '{item.Anchor}': it opens nothing."));
        var replaced = AttachmentWriter.Write(pdf, attachments, objects, ref nextNumber,
            (file, why) => diagnostics.Report(DiagnosticCodes.FileNotAttached, file.SourceFile, file.Line, $"'{file.Name}' is not attached to the PDF: {why}; the card links to it."));
        var newCatalog = catalog + $" /Lang {PdfText(description.Metadata.Language)}" + (outlineRoot > 0 ? $" /Outlines {outlineRoot} 0 R /PageMode /UseOutlines" : "");
        replaced[trailer.Root] = $"<< {newCatalog} >>";
        return Update(pdf.Length, trailer, replaced, objects, nextNumber);
    }

    /// <summary>A text string: UTF-16BE with a byte-order mark, in hexadecimal (any character, no escaping).</summary>
    internal static string PdfText(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>A name object, with the bytes PDF names cannot hold written as #xx (as Skia writes them).</summary>
    internal static string PdfName(string name)
    {
        var builder = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'%' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}')
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else
                builder.Append((char)b);
        }
        return builder.ToString();
    }

    /// <summary>The catalog's entries (between its outer &lt;&lt; &gt;&gt;), without any /Lang, /Outlines or /PageMode.</summary>
    private static string CatalogDictionary(ReadOnlySpan<byte> pdf, int root)
    {
        // Only the catalog object is read as text, not the whole file (megabytes of content streams).
        var start = pdf.LastIndexOf(Encoding.Latin1.GetBytes($"\n{root} 0 obj"));
        var end = start + pdf[start..].IndexOf("endobj"u8);
        var text = Encoding.Latin1.GetString(pdf[start..end]);
        var open = text.IndexOf("<<", StringComparison.Ordinal);
        var close = text.LastIndexOf(">>", StringComparison.Ordinal);
        var entries = text[(open + 2)..close];
        return ReplacedEntries().Replace(entries, "").Trim();
    }

    // Everything written is ASCII (names escaped, text strings in hexadecimal; Skia's catalog entries are
    // read back one character a byte): a length in characters is a length in bytes.
    // Embedded files' bytes are written one character a byte too (Latin-1).
    private static byte[] Update(long length, Trailer trailer, SortedDictionary<int, string> replaced, List<string> objects, int size)
    {
        var offsets = new List<long>();
        var builder = new StringBuilder("\n");
        void Add(int number, string body)
        {
            offsets.Add(length + builder.Length);
            builder.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }
        foreach (var (number, body) in replaced)
            Add(number, body);
        for (var i = 0; i < objects.Count; i++)
            Add(trailer.Size + i, objects[i]);
        var xref = length + builder.Length;
        builder.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n{0:D10} 65535 f \n");
        var index = 0;
        foreach (var number in replaced.Keys)
            builder.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offsets[index++]:D10} 00000 n \n");
        if (objects.Count > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{trailer.Size} {objects.Count}\n");
            foreach (var offset in offsets.Skip(index))
                builder.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        builder.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {trailer.Root} 0 R{trailer.Extra} /Prev {trailer.StartXref} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(builder.ToString());
    }

    [GeneratedRegex(@"/(Lang|Outlines|PageMode)\s*(\([^)]*\)|<[^>]*>|\d+\s+\d+\s+R|/\w+)")]
    private static partial Regex ReplacedEntries();

    /// <summary>What the update needs from the last trailer: object count, catalog, /Info and /ID, and where its xref is.</summary>
    private sealed record Trailer(int Size, int Root, string Extra, long StartXref)
    {
        public static Trailer Parse(ReadOnlySpan<byte> pdf)
        {
            var text = Encoding.Latin1.GetString(pdf[pdf.LastIndexOf("trailer"u8)..]);
            var size = int.Parse(SizeEntry().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
            var root = int.Parse(RootEntry().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
            var info = InfoEntry().Match(text);
            var id = IdEntry().Match(text);
            var extra = (info.Success ? " " + info.Value : "") + (id.Success ? " " + id.Value : "");
            var startXref = long.Parse(StartXrefEntry().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
            return new Trailer(size, root, extra, startXref);
        }
    }

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info\s+\d+\s+0\s+R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefEntry();
}
