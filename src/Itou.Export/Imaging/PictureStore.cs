using System.Collections.Concurrent;
using Itou.Export.Imaging.Remote;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Imaging;

/// <summary>
/// The pictures of one export, for either writer: each file or address read once (possibly ahead, on
/// several cores), under the size and pixel limits, sniffed, an SVG sanitised, then made into what the
/// writer embeds by its <c>prepare</c> (the PDF's image, the Word part's bytes). Where a picture comes
/// from (a space file, a remote address fetched ahead, another scheme) is decided here, and a picture's
/// problems are reported at every page and line that uses it, with one set of codes; the writer then
/// prints its description instead. The writers read no file themselves.
/// </summary>
/// <typeparam name="T">What the writer embeds; disposed with the store when it is disposable.</typeparam>
internal sealed class PictureStore<T>(ExportLimits limits, DiagnosticBag diagnostics, RemoteImages remoteImages, Func<Picture, DiagnosticBag, T?> prepare)
    : IDisposable where T : class
{
    private const string Instead = "its description is printed instead";

    private readonly ConcurrentDictionary<string, Lazy<Stored>> stored = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads and prepares <paramref name="files"/> (absolute paths: see <see cref="PagePictures.ToPreload"/>) and
    /// every remote image fetched, at most <paramref name="parallelism"/> at once (-1: as many as the pool gives),
    /// so that writing finds them ready. Cancellation throws.
    /// </summary>
    public void Preload(IEnumerable<string> files, int parallelism, CancellationToken cancellationToken)
    {
        var pictures = files.Select(file => (Key: file, Read: (Func<Read>)(() => ReadFile(file))))
            .Concat(remoteImages.Fetched.Select(image => (Key: image.Url.AbsoluteUri, Read: (Func<Read>)(() => new Read(image.Bytes)))))
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        Parallel.ForEach(pictures, options, picture => _ = Loaded(picture.Key, picture.Read));
    }

    /// <summary>
    /// The picture <paramref name="reference"/> written at <paramref name="line"/> of the page <paramref name="file"/>,
    /// or null (reported) when it is remote and not fetched, not http(s), missing, outside the space, too big
    /// or unreadable. <paramref name="localFile"/> gives the absolute path of a space file (or null: the asset
    /// resolver has reported it).
    /// </summary>
    public T? Use(string reference, string file, int line, Func<string, int, string?> localFile)
    {
        if (RemoteImages.Address(reference) is { } url)
        {
            if (remoteImages.Bytes(url, diagnostics, file, line, DiagnosticCodes.ImageRemote, Instead + ", linked to its address") is not { } bytes)
                return null;
            return Reported(Loaded(url.AbsoluteUri, () => new Read(bytes)), file, line);
        }
        if (LinkTargets.IsExternal(LinkTargets.Clean(reference)))
        {
            // mailto:, data:, file:… : nothing to fetch, nothing to open.
            diagnostics.Replaced(ReplacedContent.Image, DiagnosticCodes.ImageRemote, file, line,
                $"'{reference}' is not an http or https address: {Instead}.", DiagnosticSeverity.Info);
            return null;
        }
        return localFile(reference, line) is { } path ? UseFile(path, file, line) : null;
    }

    /// <summary>A picture file of the theme (a logo, the cover) at <paramref name="fullPath"/>, or null (reported against that file).</summary>
    public T? UseThemeFile(string fullPath) => UseFile(fullPath, fullPath, 0);

    private T? UseFile(string fullPath, string file, int line) => Reported(Loaded(fullPath, () => ReadFile(fullPath)), file, line);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var entry in stored.Values.Where(entry => entry.IsValueCreated))
            (entry.Value.Prepared as IDisposable)?.Dispose();
    }

    private T? Reported(Stored picture, string file, int line)
    {
        foreach (var problem in picture.Problems)
            diagnostics.Add(problem with { File = file, Line = line });
        return picture.Prepared;
    }

    // Once per key, whoever asks first (a preload thread or a page); the problems are kept for each use.
    private Stored Loaded(string key, Func<Read> read) =>
        stored.GetOrAdd(key, _ => new Lazy<Stored>(() =>
        {
            var problems = new DiagnosticBag();
            var picture = Checked(key, read(), problems);
            return new Stored(picture is null ? null : Prepared(picture, problems), problems.Items);
        })).Value;

    private T? Prepared(Picture picture, DiagnosticBag problems)
    {
        var before = problems.Count;
        try
        {
            if (prepare(picture, problems) is { } prepared)
                return prepared;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Unreadable(problems, picture.Name, $"cannot be decoded ({exception.Message})");
            return null;
        }
        if (problems.Count == before)
            Unreadable(problems, picture.Name, NotAPicture);
        return null;
    }

    private const string NotAPicture = "is not a PNG, JPEG, GIF, WebP or SVG picture that can be drawn";

    private Picture? Checked(string key, Read read, DiagnosticBag problems)
    {
        var name = Name(key);
        if (read.Bytes is not { } bytes)
        {
            problems.Replaced(ReplacedContent.Image, read.Code!, "", 0, $"'{name}' {read.Problem}: {Instead}.");
            return null;
        }
        // The size from the header only, before anything is decoded (a guard against decompression bombs).
        if (ImageHeader.Read(bytes) is { } header)
        {
            if ((long)header.Width * header.Height <= limits.MaxImagePixels)
                return new Picture(key, name, bytes, header.Format, header.Width, header.Height);
            problems.Replaced(ReplacedContent.Image, DiagnosticCodes.ImageTooLarge, "", 0,
                $"'{name}' has {header.Width}×{header.Height} pixels, more than {limits.MaxImagePixels:N0}: {Instead}.");
            return null;
        }
        if (!SvgSanitizer.LooksLikeSvg(bytes))
        {
            Unreadable(problems, name, NotAPicture);
            return null;
        }
        // Refused SVGs are reported by the sanitizer (IMAGE-SVG-REFUSED).
        return SvgSanitizer.SanitizeAndReport(bytes, name, limits.MaxImagePixels, problems, "", 0) is { } clean
            ? new Picture(key, name, clean, null, 0, 0)
            : null;
    }

    private static void Unreadable(DiagnosticBag problems, string name, string why) =>
        problems.Replaced(ReplacedContent.Image, DiagnosticCodes.ImageUnreadable, "", 0, $"'{name}' {why}: {Instead}.");

    private static string Name(string key) => RemoteImages.Address(key) is not null ? key : Path.GetFileName(key);

    private Read ReadFile(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
                return Read.Failed(DiagnosticCodes.ImageUnreadable, "is not found");
            if (info.Length > limits.MaxImageBytes)
                return Read.Failed(DiagnosticCodes.ImageTooLarge, $"is larger than {limits.MaxImageBytes / (1024 * 1024)} MB");
            return new Read(File.ReadAllBytes(fullPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Read.Failed(DiagnosticCodes.ImageUnreadable, $"cannot be read ({exception.Message})");
        }
    }

    /// <summary>The bytes of a picture, or the code and words of why there are none.</summary>
    private sealed record Read(byte[]? Bytes, string? Code = null, string? Problem = null)
    {
        public static Read Failed(string code, string problem) => new(null, code, problem);
    }

    /// <summary>A picture as the writer embeds it (or null) and the problems met on the way.</summary>
    private sealed record Stored(T? Prepared, IReadOnlyList<Diagnostic> Problems);
}
