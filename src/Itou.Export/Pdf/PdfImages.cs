using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Space;
using SkiaSharp;

namespace Itou.Export.Pdf;

/// <summary>
/// The pictures of one document, loaded once each from inside the space (through the space's asset
/// resolver) within the export limits. What cannot be drawn is reported; callers then print a
/// replacement that says what was there.
/// </summary>
internal sealed class PdfImages(Publication publication, DiagnosticBag diagnostics) : IDisposable
{
    private readonly Dictionary<string, ImageSource?> loaded = new(StringComparer.Ordinal);
    private readonly ExportLimits limits = publication.Space.Limits;

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
        if (loaded.TryGetValue(fullPath, out var cached))
            return cached;
        var image = Read(fullPath, out var problem);
        if (image is null)
            diagnostics.Report(DiagnosticCodes.PdfImageUnreadable, page?.Path ?? fullPath, line, $"'{Path.GetFileName(fullPath)}' {problem}: its name is printed instead.");
        loaded[fullPath] = image;
        return image;
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
            return ImageSource.Load(data);
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
