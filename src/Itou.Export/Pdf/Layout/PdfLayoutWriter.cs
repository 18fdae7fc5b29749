using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>What writing a document found: its page count and the page of every anchor.</summary>
public sealed record LayoutResult(int PageCount, IReadOnlyDictionary<string, AnchorLocation> Anchors);

/// <summary>
/// Writes an element tree as a PDF in two passes: the first, on a canvas that draws nothing, counts
/// pages, finds anchor pages and notes the glyphs used; fonts are then subset; the second draws the
/// same tree (reset) into Skia's PDF backend with the page count and anchor pages known. The outline
/// and the language are then appended (<see cref="PdfCatalogUpdate"/>). Same input, same bytes.
/// </summary>
public static class PdfLayoutWriter
{
    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="output"/>; <paramref name="cancellationToken"/> is
    /// checked before each page of both passes (nothing is written to <paramref name="output"/> when it stops).
    /// </summary>
    public static LayoutResult Write(Stream output, DocumentDescription description, Element content, FontLibrary fonts, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var pdf = Lay(description, content, fonts, diagnostics, cancellationToken);
        pdf.CopyTo(output);
        return pdf.Result;
    }

    /// <summary>The PDF of <paramref name="content"/>, in memory, as <see cref="Write"/> writes it.</summary>
    internal static LaidOutPdf Lay(DocumentDescription description, Element content, FontLibrary fonts, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var firstPass = Measure(description, content, fonts, diagnostics, cancellationToken);
        fonts.SubsetUsedFaces();
        content.Reset();
        // Skia writes into its own memory: a managed stream would take each of its many small writes
        // through a callback and a copy, and grow by copying megabytes.
        using var stream = new SKDynamicMemoryWStream();
        var (result, attachments) = Draw(stream, description, content, fonts, diagnostics, firstPass, cancellationToken);
        var document = stream.DetachAsData();
        return new LaidOutPdf(document, PdfCatalogUpdate.For(document.AsSpan(), description, result.Anchors, attachments, diagnostics), result);
    }

    /// <summary>The first pass alone: the page count and where each anchor lands, nothing drawn.</summary>
    internal static PassResult Paginate(DocumentDescription description, Element content, FontLibrary fonts, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        Measure(description, content, fonts, diagnostics, cancellationToken);

    private static PassResult Measure(DocumentDescription description, Element content, FontLibrary fonts, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        using var canvas = new SKNoDrawCanvas((int)description.PageSize.Width, (int)description.PageSize.Height);
        // The drawing pass reports the same problems again: this pass keeps its diagnostics to itself, but
        // for missing glyphs: fonts are chosen once per character, when it is first shaped, here.
        var measured = new DiagnosticBag();
        var context = new LayoutContext(canvas, fonts, measured, description.SourceName);
        var pages = Paginator.Run(context, content, description, _ =>
        {
            canvas.ResetMatrix();
            return canvas;
        }, () => { }, cancellationToken);
        foreach (var missing in measured.Items.Where(diagnostic => diagnostic.Code == DiagnosticCodes.PdfMissingGlyph))
            diagnostics.Add(missing);
        return new PassResult(pages, new Dictionary<string, AnchorLocation>(context.RecordedAnchors));
    }

    private static (LayoutResult Result, IReadOnlyList<PlacedAttachment> Attachments) Draw(SKWStream pdf, DocumentDescription description, Element content, FontLibrary fonts, DiagnosticBag diagnostics, PassResult firstPass, CancellationToken cancellationToken)
    {
        using var document = SKDocument.CreatePdf(pdf, Metadata(description.Metadata));
        var firstPage = document.BeginPage(description.PageSize.Width, description.PageSize.Height);
        var context = new LayoutContext(firstPage, fonts, diagnostics, description.SourceName, firstPass);
        var pages = Paginator.Run(context, content, description,
            page => page == 1 ? firstPage : document.BeginPage(description.PageSize.Width, description.PageSize.Height),
            document.EndPage, cancellationToken);
        document.Close();
        return (new LayoutResult(pages, new Dictionary<string, AnchorLocation>(context.RecordedAnchors)), context.Attachments);
    }

    private static SKDocumentPdfMetadata Metadata(DocumentMetadata metadata) => new()
    {
        Title = metadata.Title,
        Author = metadata.Author,
        Subject = metadata.Subject,
        Keywords = metadata.Keywords,
        Creator = metadata.Creator,
        Producer = metadata.Producer,
        Creation = metadata.Date.UtcDateTime,
        Modified = metadata.Date.UtcDateTime,
        RasterDpi = 300,
        EncodingQuality = 90,
    };
}
