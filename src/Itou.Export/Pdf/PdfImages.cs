using System.Collections.Concurrent;
using Itou.Export.Imaging;
using Itou.Export.Markdown.Figures;
using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf;

/// <summary>
/// The pictures of one document, loaded once each from inside the space (through the space's asset
/// resolver) within the export limits. What cannot be drawn is reported; callers then print a
/// replacement that says what was there.
/// </summary>
internal sealed class PdfImages(Publication publication, DiagnosticBag diagnostics, ExportLimits? exportLimits = null) : IDisposable
{
    // Each file read once (possibly ahead, in parallel) with its problems kept, to be reported where a page uses it.
    private readonly ConcurrentDictionary<string, (ImageSource? Image, IReadOnlyList<Diagnostic> Problems)> loaded = new(StringComparer.Ordinal);
    private readonly ExportLimits limits = exportLimits ?? publication.Space.Limits;

    /// <summary>
    /// Loads every picture the pages and the theme will ask for, on all cores (decoding and re-encoding
    /// are most of an export's time), so that rendering finds them ready.
    /// </summary>
    public void Preload(CancellationToken cancellationToken)
    {
        var files = publication.Pages.SelectMany(LocalPictures)
            .Concat(publication.Theme.Logos)
            .Concat(publication.Theme.CoverImage is { } cover ? [cover] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, file => Loaded(file));
    }

    // The space files the page's pictures resolve to (the asset resolver reports the others, once).
    private IEnumerable<string> LocalPictures(Page page) =>
        page.Document.Descendants<LinkInline>().Where(link => link.IsImage).Select(link => (Reference: link.Url ?? "", link.Line))
            .Concat(page.Document.Descendants<FigureBlock>().Select(figure => (Reference: figure.Source, figure.Line)))
            .Select(picture => publication.Assets.Resolve(picture.Reference, page.Path, picture.Line + 1))
            .Where(asset => asset.Kind == AssetKind.Local)
            .Select(asset => asset.FullPath!);

    /// <summary>
    /// The picture <paramref name="reference"/> written at <paramref name="line"/> of <paramref name="page"/>,
    /// or null (reported) when it is remote, missing, outside the space, too big or unreadable.
    /// </summary>
    public ImageSource? Load(string reference, Page page, int line)
    {
        var asset = publication.Assets.Resolve(reference, page.Path, line);
        switch (asset.Kind)
        {
            case AssetKind.Local:
                return FromFile(asset.FullPath!, page, line);
            case AssetKind.Remote:
                diagnostics.Report(DiagnosticCodes.PdfRemoteImage, page.Path, line,
                    $"The remote image '{asset.Url}' is not fetched (remote images are off): its address is printed instead.", DiagnosticSeverity.Info);
                return null;
            default:
                return null; // missing or refused: the asset resolver has reported it
        }
    }

    /// <summary>A picture file given by absolute path (theme logos and cover), or null (reported).</summary>
    public ImageSource? LoadThemeFile(string path) => FromFile(path, null, 0);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var (image, _) in loaded.Values)
            image?.Dispose();
    }

    // Problems are reported at the page and line that use the picture (preloading knows neither).
    private ImageSource? FromFile(string fullPath, Page? page, int line)
    {
        var (image, problems) = Loaded(fullPath);
        foreach (var problem in problems)
            diagnostics.Report(problem.Code, page?.Path ?? fullPath, line, problem.Message, problem.Severity);
        return image;
    }

    private (ImageSource? Image, IReadOnlyList<Diagnostic> Problems) Loaded(string fullPath) =>
        loaded.GetOrAdd(fullPath, path =>
        {
            var problems = new DiagnosticBag();
            var image = Read(path, problems, out var problem);
            if (image is null && problem is not null)
                problems.Report(DiagnosticCodes.PdfImageUnreadable, "", 0, $"'{Path.GetFileName(path)}' {problem}: its name is printed instead.");
            return (image, problems.Items);
        });

    // Null with a null problem: already reported into problems.
    private ImageSource? Read(string fullPath, DiagnosticBag problems, out string? problem)
    {
        problem = "cannot be read";
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
                return null;
            if (info.Length > limits.MaxImageBytes)
            {
                problem = $"is larger than {limits.MaxImageBytes / (1024 * 1024)} MB";
                return null;
            }
            var data = File.ReadAllBytes(fullPath);
            // The size from the header only, before anything is decoded (a guard against decompression bombs).
            if (ImageHeader.PixelSize(data) is { } size && (long)size.Width * size.Height > limits.MaxImagePixels)
            {
                problem = $"has {size.Width}×{size.Height} pixels, more than {limits.MaxImagePixels:N0}";
                return null;
            }
            if (SvgSanitizer.LooksLikeSvg(data))
            {
                problem = null; // a refused SVG is reported by the sanitizer
                if (SvgSanitizer.SanitizeAndReport(data, Path.GetFileName(fullPath), limits.MaxImagePixels, problems, "", 0) is not { } clean)
                    return null;
                data = clean;
            }
            problem = "is not a PNG, JPEG, GIF, WebP or SVG picture that can be drawn";
            return ImageSource.Load(PrintImages.ForPrint(data));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
