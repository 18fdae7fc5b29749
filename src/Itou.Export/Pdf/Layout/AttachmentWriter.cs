using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// The objects of the PDF's attached files, for <see cref="PdfCatalogUpdate"/>: per file an embedded-file
/// stream and its file specification (once, however many cards show it), per card a file-attachment
/// annotation in its top-right corner; and
/// each page that carries one, written again with the annotations added to its <c>/Annots</c>.
/// Skia tells where a card landed through the named destination <see cref="LayoutContext.RecordAttachment"/> drew.
/// </summary>
internal static partial class AttachmentWriter
{
    /// <summary>Width and height of the annotation's area (the viewer's paperclip), in points.</summary>
    private const float Corner = 14;

    /// <summary>
    /// Appends the objects to <paramref name="objects"/> (numbered from <paramref name="next"/>) and returns the
    /// rewritten pages, by object number; <paramref name="notAttached"/> hears of each file it could not attach, and why.
    /// </summary>
    public static SortedDictionary<int, string> Write(ReadOnlySpan<byte> pdf, IReadOnlyList<PlacedAttachment> attachments, List<string> objects, ref int next,
        Action<EmbeddedFile, string> notAttached)
    {
        var onPage = new SortedDictionary<int, List<(int Annotation, EmbeddedFile File)>>();
        // One embedded file per file on disk, however many cards show it.
        var specifications = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var attachment in attachments)
        {
            if (Place(pdf, attachment.Destination) is not var (page, x, y))
            {
                notAttached(attachment.Embedded, "where its card landed was not found in the PDF");
                continue;
            }
            if (!specifications.TryGetValue(attachment.Embedded.FullPath, out var specification))
            {
                if (Read(attachment.Embedded, notAttached) is not { } bytes)
                    continue;
                specification = Embed(attachment.Embedded, bytes, objects, ref next);
                specifications[attachment.Embedded.FullPath] = specification;
            }
            var right = x + attachment.Size.Width;
            var annotation = next++;
            objects.Add(Invariant($"<< /Type /Annot /Subtype /FileAttachment /Rect [{right - Corner:0.##} {y - Corner:0.##} {right:0.##} {y:0.##}] /FS {specification} 0 R /Contents {PdfCatalogUpdate.PdfText(attachment.Embedded.Description)} /Name /Paperclip /P {page} 0 R >>"));
            if (!onPage.TryGetValue(page, out var list))
                onPage[page] = list = [];
            list.Add((annotation, attachment.Embedded));
        }
        var pages = new SortedDictionary<int, string>();
        foreach (var (page, list) in onPage)
        {
            if (WithAnnotations(pdf, page, [.. list.Select(item => item.Annotation)]) is { } body)
                pages[page] = body;
            else
                list.ForEach(item => notAttached(item.File, "its page keeps its annotations in an array of its own, which this update does not rewrite"));
        }
        return pages;
    }

    /// <summary>The file's stream and its file specification; returns the specification's object number.</summary>
    private static int Embed(EmbeddedFile file, byte[] bytes, List<string> objects, ref int next)
    {
        var stream = next++;
        objects.Add(Invariant($"<< /Type /EmbeddedFile /Length {bytes.Length} /Params << /Size {bytes.Length} >> >>\nstream\n") + Encoding.Latin1.GetString(bytes) + "\nendstream");
        var name = PdfCatalogUpdate.PdfText(file.Name);
        var specification = next++;
        objects.Add(Invariant($"<< /Type /Filespec /F {name} /UF {name} /Desc {PdfCatalogUpdate.PdfText(file.Description)} /EF << /F {stream} 0 R >> >>"));
        return specification;
    }

    /// <summary>The file's bytes, read now that the PDF is written (composing, which also serves previews and the Word page numbers, reads none).</summary>
    private static byte[]? Read(EmbeddedFile file, Action<EmbeddedFile, string> notAttached)
    {
        try
        {
            return File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            notAttached(file, $"it cannot be read ({exception.Message})");
            return null;
        }
    }

    /// <summary>The page object and the top-left corner Skia wrote for the named destination (<c>/name [P 0 R /XYZ x y 0]</c>).</summary>
    private static (int Page, float X, float Y)? Place(ReadOnlySpan<byte> pdf, string destination)
    {
        var at = pdf.LastIndexOf(Encoding.ASCII.GetBytes(PdfCatalogUpdate.PdfName(destination) + " ["));
        if (at < 0)
            return null;
        var match = Destination().Match(Encoding.Latin1.GetString(pdf.Slice(at, Math.Min(120, pdf.Length - at))));
        if (!match.Success)
            return null;
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            float.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), float.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The page's dictionary with the annotations added to its inline <c>/Annots</c> array (or a new one); null when the array is indirect.</summary>
    private static string? WithAnnotations(ReadOnlySpan<byte> pdf, int page, List<int> annotations)
    {
        var start = pdf.LastIndexOf(Encoding.ASCII.GetBytes(Invariant($"\n{page} 0 obj")));
        if (start < 0)
            return null;
        var end = start + pdf[start..].IndexOf("endobj"u8);
        var text = Encoding.Latin1.GetString(pdf[start..end]);
        var entries = text[(text.IndexOf("<<", StringComparison.Ordinal) + 2)..text.LastIndexOf(">>", StringComparison.Ordinal)];
        var references = string.Join(" ", annotations.Select(number => Invariant($"{number} 0 R")));
        var annots = entries.IndexOf("/Annots", StringComparison.Ordinal);
        if (annots < 0)
            return $"<<{entries} /Annots [{references}]>>";
        var open = entries.IndexOf('[', annots);
        if (open < 0 || entries[(annots + 7)..open].Trim().Length > 0)
            return null;
        var close = entries.IndexOf(']', open);
        return $"<<{entries[..close]} {references}{entries[close..]}>>";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^/\S+ \[(\d+) 0 R /XYZ (-?[\d.]+) (-?[\d.]+)")]
    private static partial Regex Destination();
}
