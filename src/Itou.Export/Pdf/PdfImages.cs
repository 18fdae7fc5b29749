using System.Collections.Concurrent;
using Itou.Export.Markdown.Figures;
using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SkiaSharp;

namespace Itou.Export.Pdf;

/// <summary>
/// The pictures of one document, loaded once each from inside the space (through the space's asset
/// resolver) within the export limits. What cannot be drawn is reported; callers then print a
/// replacement that says what was there.
/// </summary>
internal sealed class PdfImages(Publication publication, DiagnosticBag diagnostics) : IDisposable
{
    private readonly ConcurrentDictionary<string, ImageSource?> loaded = new(StringComparer.Ordinal);
    private readonly ExportLimits limits = publication.Space.Limits;

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
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, file => FromFile(file, null, 0));
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
        foreach (var image in loaded.Values)
            image?.Dispose();
    }

    private ImageSource? FromFile(string fullPath, Page? page, int line)
    {
        return loaded.GetOrAdd(fullPath, path =>
        {
            var image = Read(path, out var problem);
            if (image is null)
                diagnostics.Report(DiagnosticCodes.PdfImageUnreadable, page?.Path ?? path, line, $"'{Path.GetFileName(path)}' {problem}: its name is printed instead.");
            return image;
        });
    }

    private ImageSource? Read(string fullPath, out string problem)
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
            if (PixelCount(data) > limits.MaxImagePixels)
            {
                problem = $"has more than {limits.MaxImagePixels:N0} pixels";
                return null;
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

    // The size from the header only, before anything is decoded (a guard against decompression bombs).
    private static long PixelCount(byte[] data)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        return codec is null ? 0 : (long)codec.Info.Width * codec.Info.Height;
    }
}
