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

    /// <summary>Bounds on images; the space's limits when null.</summary>
    public ExportLimits? Limits { get; init; }
}

/// <summary>
/// Exports a GitBook space, or part of it, as a branded PDF: a book (the whole space), a section (a
/// table-of-contents entry and everything under it) or a brief (one page).
/// </summary>
/// <example>
/// <code>
/// var space = await SpaceLoader.LoadAsync("my-space");
/// await using var output = File.Create("book.pdf");
/// var diagnostics = await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output);
/// </code>
/// </example>
public static class PdfExporter
{
    /// <summary>
    /// Writes the PDF of <paramref name="selection"/> to <paramref name="output"/> and returns every
    /// diagnostic of the space and of this export (problems never stop it; content that cannot be drawn
    /// is replaced by something that says what it was, and reported).
    /// </summary>
    /// <exception cref="SelectionNotFoundException">The page or section asked for is not in the space.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was written.</exception>
    public static async Task<IReadOnlyList<Diagnostic>> ExportAsync(GitBookSpace space, ExportSelection selection, Theme theme, Stream output,
        PdfExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(output);
        return await ExportAsync(Publication.Create(space, selection, theme), output, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the PDF of a publication already made (see <see cref="Publication.Create"/>) to <paramref name="output"/>.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> ExportAsync(Publication publication, Stream output, PdfExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(output);
        var space = publication.Space;
        var date = options?.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        // Layout is CPU work: off the caller's thread, into memory, then copied out asynchronously.
        using var pdf = await Task.Run(() => Write(publication, date, options?.Limits, cancellationToken), cancellationToken).ConfigureAwait(false);
        pdf.Position = 0;
        await pdf.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        return space.Diagnostics.Items;
    }

    /// <summary>Loads the space in <paramref name="spaceFolder"/>, then exports it as <see cref="ExportAsync(GitBookSpace, ExportSelection, Theme, Stream, PdfExportOptions?, CancellationToken)"/>.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> ExportAsync(string spaceFolder, ExportSelection selection, Theme theme, Stream output,
        PdfExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var space = await SpaceLoader.LoadAsync(spaceFolder, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await ExportAsync(space, selection, theme, output, options, cancellationToken).ConfigureAwait(false);
    }

    private static MemoryStream Write(Publication publication, DateOnly date, ExportLimits? limits, CancellationToken cancellationToken)
    {
        var diagnostics = publication.Space.Diagnostics;
        var styles = new PdfStyles(publication.Theme);
        using var images = new PdfImages(publication, diagnostics, limits);
        using var fonts = new FontLibrary(publication.Theme.Fonts, diagnostics);
        var (content, description) = new DocumentBuilder(publication, styles, images, diagnostics).Build(date, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var pdf = new MemoryStream();
        PdfLayoutWriter.Write(pdf, description, content, fonts, diagnostics);
        return pdf;
    }
}
