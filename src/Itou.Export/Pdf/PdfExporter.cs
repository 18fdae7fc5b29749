using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Pdf.Document;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;

namespace Itou.Export.Pdf;

/// <summary>Choices about one PDF export beyond the theme.</summary>
public sealed record PdfExportOptions
{
    /// <summary>The date printed on the cover and written in the document properties (default: today, UTC).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Bounds on images, and whether remote images are fetched; the space's limits when null.</summary>
    public ExportLimits? Limits { get; init; }

    /// <summary>
    /// Carries the requests for remote images when <see cref="ExportLimits.AllowRemoteImages"/> is on (a
    /// proxy, a test server); a new handler per export when null. It should not follow redirects itself:
    /// the exporter follows a few, to http and https only. Not disposed by the export.
    /// </summary>
    public HttpMessageHandler? RemoteImageHandler { get; init; }

    /// <summary>
    /// Where fetched remote pictures are kept between exports (see <see cref="RemoteImageCache"/>); none when
    /// null, the default, so that a service writes nothing outside its output. With a cache and remote images
    /// off, the cached copies are still used (no connection is made).
    /// </summary>
    public RemoteImageCache? RemoteImageCache { get; init; }

    /// <summary>
    /// Told of each page done in each phase (<see cref="ExportPhase.Composing"/>, <see cref="ExportPhase.Measuring"/>,
    /// <see cref="ExportPhase.Drawing"/>, and <see cref="ExportPhase.FetchingImages"/> per remote image), in order,
    /// on the export's threads: use an <see cref="IProgress{T}"/> that handles the report at once, since
    /// <see cref="Progress{T}"/> may run its handlers out of order.
    /// </summary>
    public IProgress<ExportProgress>? Progress { get; init; }

    /// <summary>
    /// Whether the machine's fonts may draw what no bundled or theme font draws (on by default). Each machine
    /// font used is named by a <see cref="DiagnosticCodes.PdfFontMachine"/> information; turned off, the
    /// same input gives the same bytes on every machine.
    /// </summary>
    public bool UseSystemFonts { get; init; } = true;
}

/// <summary>
/// Exports a GitBook space, or part of it, as a branded PDF: a book (the whole space), a section (a
/// table-of-contents entry and everything under it) or a brief (one page).
/// </summary>
/// <example>
/// <code>
/// var space = await SpaceLoader.LoadAsync("my-space");
/// await using var output = File.Create("book.pdf");
/// var result = await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output);
/// Console.WriteLine($"{result.Content[ContentKind.Image].Written} images, {result.Diagnostics.Count} diagnostics");
/// </code>
/// </example>
public static class PdfExporter
{
    /// <summary>
    /// Writes the PDF of <paramref name="selection"/> to <paramref name="output"/> and returns every
    /// diagnostic of the space and of this export (problems never stop it; content that cannot be drawn
    /// is replaced by something that says what it was, and reported) with the content accounting.
    /// </summary>
    /// <exception cref="SelectionNotFoundException">The page or section asked for is not in the space.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was written.</exception>
    public static async Task<ExportResult> ExportAsync(GitBookSpace space, ExportSelection selection, Theme theme, Stream output,
        PdfExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(output);
        return await ExportAsync(Publication.Create(space, selection, theme), output, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the PDF of a publication already made (see <see cref="Publication.Create"/>) to <paramref name="output"/>.</summary>
    public static async Task<ExportResult> ExportAsync(Publication publication, Stream output, PdfExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(output);
        var space = publication.Space;
        options ??= new PdfExportOptions();
        var limits = options.Limits ?? space.Limits;
        var remoteImages = await RemoteImages.FetchAsync(publication, limits, options.RemoteImageHandler, options.RemoteImageCache, options.Progress, cancellationToken).ConfigureAwait(false);
        // Layout is CPU work: off the caller's thread, into memory, then copied out asynchronously.
        var (pdf, content) = await Task.Run(() => Write(publication, options, limits, remoteImages, cancellationToken), cancellationToken).ConfigureAwait(false);
        using (pdf)
            await pdf.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        return new ExportResult(publication.DiagnosticsAbout(space.Diagnostics), content);
    }

    /// <summary>Loads the space in <paramref name="spaceFolder"/>, then exports it as <see cref="ExportAsync(GitBookSpace, ExportSelection, Theme, Stream, PdfExportOptions?, CancellationToken)"/>.</summary>
    public static async Task<ExportResult> ExportAsync(string spaceFolder, ExportSelection selection, Theme theme, Stream output,
        PdfExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var space = await SpaceLoader.LoadAsync(spaceFolder, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await ExportAsync(space, selection, theme, output, options, cancellationToken).ConfigureAwait(false);
    }

    private static (LaidOutPdf Pdf, ContentReport Content) Write(Publication publication, PdfExportOptions options, ExportLimits limits, RemoteImages remoteImages, CancellationToken cancellationToken)
    {
        var diagnostics = publication.Space.Diagnostics;
        var ledger = ContentLedger.For(publication);
        var styles = new PdfStyles(publication.Theme, publication.Language);
        var date = options.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        using var images = new PdfImages(publication, diagnostics, limits, remoteImages);
        using var fonts = new FontLibrary(publication.Theme.Fonts, diagnostics, options.UseSystemFonts);
        // Characters no font draws are reported where the pages use them, before layout (which reports only those of other text).
        PdfGlyphCheck.Check(publication.Pages.Distinct(), fonts, diagnostics, ledger);
        Highlighting.CodeHighlights.Prepare(CodeOf(publication), diagnostics, cancellationToken);
        var (content, description) = new DocumentBuilder(publication, styles, images, diagnostics, ledger, options.Progress).Build(date, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var pdf = PdfLayoutWriter.Lay(description, content, fonts, diagnostics, cancellationToken);
        fonts.ReportMachineFonts(diagnostics, description.SourceName, 0);
        return (pdf, ledger.Close(diagnostics));
    }

    /// <summary>The pages whose code the PDF prints (the pagination pass of a Word export lays out the same).</summary>
    internal static IEnumerable<(string File, Markdig.Syntax.MarkdownDocument Document)> CodeOf(Publication publication) =>
        publication.Pages.Distinct().Select(page => (page.Path, page.Document));
}
