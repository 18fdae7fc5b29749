using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;
using UglyToad.PdfPig;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>A PDF exported for a test, on disk (for poppler and qpdf), with what it was made from.</summary>
internal sealed class ExportedPdf
{
    private ExportedPdf(string path, Publication publication, ExportResult result)
    {
        Path = path;
        Publication = publication;
        Diagnostics = result.Diagnostics;
        Content = result.Content;
    }

    public string Path { get; }
    public Publication Publication { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public ContentReport Content { get; }
    public byte[] Bytes => File.ReadAllBytes(Path);

    /// <summary>A fixed date, so that two exports can be compared byte for byte.</summary>
    public static PdfExportOptions Options { get; } = new() { Date = new DateOnly(2026, 1, 15) };

    public static async Task<ExportedPdf> CreateAsync(string spaceFolder, ExportSelection selection, Theme theme, string name)
    {
        var space = await SpaceLoader.LoadAsync(spaceFolder);
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "pdf-out")).FullName;
        var path = System.IO.Path.Combine(folder, name + ".pdf");
        ExportResult result;
        await using (var output = File.Create(path))
            result = await PdfExporter.ExportAsync(space, selection, theme, output, Options);
        return new ExportedPdf(path, Publication.Create(space, selection, theme), result);
    }

    public PdfDocument Open() => PdfDocument.Open(Path);
}

/// <summary>Exports once per test class, lazily, so that a class whose input is absent skips instead of failing.</summary>
public abstract class ExportFixture
{
    private Task<ExportedPdf>? export;

    internal Task<ExportedPdf> GetAsync(string spaceFolder, ExportSelection selection, Theme theme, string name)
    {
        lock (this)
            return export ??= ExportedPdf.CreateAsync(spaceFolder, selection, theme, name);
    }
}
