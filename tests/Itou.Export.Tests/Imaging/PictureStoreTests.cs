using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Docx;
using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Layout;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Imaging;

/// <summary>One picture store for both writers: read once, sniffed, reported at each use; the writers open no file.</summary>
public sealed partial class PictureStoreTests
{
    private const string Drawing = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#e00\"/></svg>";

    // What the writers may still open themselves, and why: none of it is a picture.
    private static readonly string[] NotPictures =
    [
        "Pdf/Text/", // the text engine: the theme's, bundled and machine fonts
        "Docx/Styling/DocxFonts.cs", // a theme font's family name (a DOCX names fonts, it does not embed them)
        "Pdf/GitBook/FileRenderer.cs", "Docx/GitBook/FileRenderer.cs", // an attached file's size, printed on its card
        "Pdf/Layout/AttachmentWriter.cs", // an attached file's bytes, embedded as they are when the PDF is written
    ];

    [Fact]
    public void The_writers_open_no_picture_file_themselves()
    {
        var source = Path.Combine(TestPaths.RepoRoot, "src", "Itou.Export");
        var offenders = new[] { "Pdf", "Docx" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(source, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(source, file).Replace('\\', '/'))
            .Where(file => !NotPictures.Any(allowed => file.StartsWith(allowed, StringComparison.Ordinal)))
            .SelectMany(file => File.ReadLines(Path.Combine(source, file)).Select((line, index) => (file, line, index)))
            .Where(entry => !entry.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && FileAccess().IsMatch(entry.line))
            .Select(entry => $"{entry.file}:{entry.index + 1}: {entry.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "writers opening files (pictures go through Imaging/PictureStore):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public async Task A_picture_is_read_and_prepared_once_and_its_problems_reported_at_each_use()
    {
        using var space = new TempSpace()
            .WriteBytes("ok.png", ImageTests.Png(3, 2))
            .WriteBytes("big.png", ImageTests.Png(30, 20));
        var diagnostics = new DiagnosticBag();
        var prepared = 0;
        using var store = new PictureStore<Picture>(new ExportLimits { MaxImagePixels = 100 }, diagnostics, RemoteImages.Off,
            (picture, _) => { Interlocked.Increment(ref prepared); return picture; });
        string? Local(string reference, int line) => Path.Combine(space.Folder, reference);

        store.Preload([Path.Combine(space.Folder, "ok.png"), Path.Combine(space.Folder, "big.png")], -1, TestContext.Current.CancellationToken);
        var first = store.Use("ok.png", "a.md", 3, Local);
        var second = store.Use("ok.png", "b.md", 7, Local);
        Assert.Null(store.Use("big.png", "a.md", 4, Local));
        Assert.Null(store.Use("big.png", "b.md", 9, Local));

        Assert.Same(first, second);
        Assert.Equal((SkiaSharp.SKEncodedImageFormat.Png, 3, 2), (first!.Raster!.Value, first.Width, first.Height));
        Assert.Equal(1, prepared); // the picture over the pixel limit is refused from its header, never prepared
        Assert.Equal(["a.md:4", "b.md:9"], diagnostics.Items.Where(d => d.Code == DiagnosticCodes.ImageTooLarge).Select(d => $"{d.File}:{d.Line}"));
        Assert.All(diagnostics.Items, d => Assert.Equal(ReplacedContent.Image, d.Replaces));
    }

    [Fact]
    public void Remote_and_other_schemes_are_decided_once_for_both_writers()
    {
        var diagnostics = new DiagnosticBag();
        using var store = new PictureStore<Picture>(new ExportLimits(), diagnostics, RemoteImages.Off, (picture, _) => picture);
        string? NoFile(string reference, int line) => throw new InvalidOperationException("a remote picture is not a space file");

        Assert.Null(store.Use("https://example.org/a.png", "p.md", 2, NoFile));
        Assert.Null(store.Use("mailto:x@example.org", "p.md", 3, NoFile));

        Assert.Equal(["p.md:2", "p.md:3"], diagnostics.Items.Where(d => d.Code == DiagnosticCodes.ImageRemote).Select(d => $"{d.File}:{d.Line}"));
    }

    [Fact]
    public async Task A_picture_is_known_by_its_bytes_not_by_its_name_in_both_writers()
    {
        using var folder = new TempSpace()
            .Write("README.md", "# Essai\n\nUn dessin ![dessin](dessin.png) et une photo ![photo](photo.svg).\n")
            .Write("dessin.png", Drawing)
            .WriteBytes("photo.svg", ImageTests.Png(300, 200));
        var space = await folder.LoadAsync();

        using var docx = new MemoryStream();
        var word = await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, docx, cancellationToken: TestContext.Current.CancellationToken);
        using var pdf = new MemoryStream();
        var print = await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, pdf, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, word.Content[ContentKind.Image].Written);
        Assert.Equal(2, print.Content[ContentKind.Image].Written);
        docx.Position = 0;
        using var package = WordprocessingDocument.Open(docx, false);
        Assert.Equal(["image/png", "image/png", "image/svg+xml"], package.MainDocumentPart!.ImageParts.Select(part => part.ContentType).Order(StringComparer.Ordinal));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray());
        Assert.Single(document.GetPages().Single(page => page.Text.Contains("dessin", StringComparison.Ordinal)).GetImages()); // the drawing is vectors, the photo an image
    }

    [GeneratedRegex(@"\b(File|Directory|FileInfo|DirectoryInfo|FileStream)\s*[.(]")]
    private static partial Regex FileAccess();
}
