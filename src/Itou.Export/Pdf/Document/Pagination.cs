using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;

namespace Itou.Export.Pdf.Document;

/// <summary>
/// The page each anchor of a publication lands on in its PDF: the PDF's first layout pass, which the PDF's
/// own table of contents reads too. The DOCX writer has no layout of its own and fills its table of
/// contents and page references with these numbers (Word refreshes them when it opens the file).
/// </summary>
internal static class Pagination
{
    /// <summary>Anchor name → page number. The pass's diagnostics and content accounting are its own: the caller's export reports its own.</summary>
    public static IReadOnlyDictionary<string, int> Of(Publication publication, DateOnly date, ExportLimits limits, RemoteImages remoteImages, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var styles = new PdfStyles(publication.Theme, publication.Language);
        using var images = new PdfImages(publication, diagnostics, limits, remoteImages, sizesOnly: true);
        using var fonts = new FontLibrary(publication.Theme.Fonts, diagnostics);
        Highlighting.CodeHighlights.Prepare(PdfExporter.CodeOf(publication), diagnostics, cancellationToken);
        var (content, description) = new DocumentBuilder(publication, styles, images, diagnostics, ContentLedger.For(publication))
            .Build(date, cancellationToken);
        return PdfLayoutWriter.Paginate(description, content, fonts, diagnostics, cancellationToken).Anchors
            .ToDictionary(anchor => anchor.Key, anchor => anchor.Value.Page, StringComparer.Ordinal);
    }
}
