using System.Collections.Concurrent;
using Itou.Export.Publishing;
using SkiaSharp;

namespace Itou.Export.Docx.Media;

/// <summary>
/// The document's pictures, read once each (cached by path or address, see <see cref="ImageReader"/>),
/// possibly ahead on the other cores while pages are written (<see cref="Preload"/>). A picture's
/// problems are reported at every page and line that uses it (each use prints its description instead).
/// </summary>
internal sealed class ImageLoader(ExportLimits limits, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedImage>> cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts reading the picture files <paramref name="paths"/> and the fetched remote images on the
    /// other cores: decoding and rendering pictures is the largest part of a Word export. The task never
    /// fails; once cancelled it stops early.
    /// </summary>
    public Task Preload(IReadOnlyList<string> paths, IEnumerable<(Uri Url, byte[] Bytes)> fetched, CancellationToken cancellationToken)
    {
        var pictures = paths.Select(path => (Key: path, Read: FileReader(path)))
            .Concat(fetched.Select(image => (Key: image.Url.AbsoluteUri, Read: FetchedReader(image.Url, image.Bytes))))
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        return Task.Run(() => Parallel.ForEach(pictures, options, (picture, loop) =>
        {
            if (cancellationToken.IsCancellationRequested)
                loop.Stop();
            else
                _ = Loaded(picture.Key, picture.Read);
        }), CancellationToken.None);
    }

    /// <summary>The image at an absolute path, or null (reported against <paramref name="file"/> and <paramref name="line"/>) when it cannot be used.</summary>
    public ImageData? Load(string path, string file, int line) => Reported(Loaded(path, FileReader(path)), file, line);

    /// <summary>A fetched remote image (<paramref name="bytes"/> from <paramref name="url"/>), checked and converted like a file.</summary>
    public ImageData? LoadFetched(Uri url, byte[] bytes, string file, int line) =>
        Reported(Loaded(url.AbsoluteUri, FetchedReader(url, bytes)), file, line);

    /// <summary>An image made in memory (a QR code): PNG bytes with their size.</summary>
    public static ImageData FromPng(string key, byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png));
        var info = codec.Info; // worked out anew at each call
        return new ImageData(key, png, "image/png", info.Width, info.Height);
    }

    private static Func<ImageReader, ImageData?> FileReader(string path) => reader => reader.Read(path);

    private static Func<ImageReader, ImageData?> FetchedReader(Uri url, byte[] bytes) =>
        reader => reader.FromBytes(url.AbsoluteUri, bytes, url.AbsoluteUri);

    private ImageData? Reported(LoadedImage loaded, string file, int line)
    {
        foreach (var problem in loaded.Problems)
            diagnostics.Add(problem with { File = file, Line = line });
        return loaded.Image;
    }

    private LoadedImage Loaded(string key, Func<ImageReader, ImageData?> read) =>
        cache.GetOrAdd(key, _ => new Lazy<LoadedImage>(() =>
        {
            var problems = new DiagnosticBag();
            return new LoadedImage(read(new ImageReader(limits, problems)), problems.Items);
        })).Value;

    /// <summary>A picture (or null) and the problems met reading it.</summary>
    private sealed record LoadedImage(ImageData? Image, IReadOnlyList<Diagnostic> Problems);
}
