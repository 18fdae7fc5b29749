using Itou.Export.Imaging;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Imaging.Remote;

/// <summary>
/// The remote images of one export, had before rendering (the writers are synchronous): each http(s)
/// address the pages show is fetched once, several at a time, within the limits and the time budget
/// (<see cref="FetchRound"/>), through the cache when the export has one. With
/// <see cref="ExportLimits.AllowRemoteImages"/> off no connection is made: only cached copies are used.
/// The writers then ask for an address's bytes; what there is none for is reported where the page uses it.
/// </summary>
internal sealed class RemoteImages
{
    private readonly IReadOnlyDictionary<string, FetchedImage> outcomes;
    private readonly bool off;

    private RemoteImages(IReadOnlyDictionary<string, FetchedImage> outcomes, bool off) => (this.outcomes, this.off) = (outcomes, off);

    /// <summary>Remote images off and no cache: every address is reported as not fetched.</summary>
    public static RemoteImages Off { get; } = new(new Dictionary<string, FetchedImage>(), off: true);

    /// <summary>
    /// The remote pictures of <paramref name="publication"/>'s pages (the first <see cref="ExportLimits.MaxRemoteImages"/>
    /// addresses in document order): fetched through <paramref name="handler"/> or a default one when <paramref name="limits"/>
    /// allow it, else taken from the cache only; each address done is reported to <paramref name="progress"/>.
    /// The cache (when <paramref name="cache"/> is given) is trimmed to its size afterwards.
    /// </summary>
    public static async Task<RemoteImages> FetchAsync(Publication publication, ExportLimits limits, HttpMessageHandler? handler,
        RemoteImageCache? cache, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var addresses = publication.Pages.SelectMany(PagePictures.Of).Select(picture => Address(picture.Reference))
            .OfType<Uri>().DistinctBy(url => url.AbsoluteUri).ToList();
        var used = addresses.Take(Math.Max(0, limits.MaxRemoteImages)).ToList();
        var disk = cache is null ? null : new ImageCache(cache, limits);
        var results = new Dictionary<string, FetchedImage>(StringComparer.Ordinal);
        if (!limits.AllowRemoteImages)
        {
            if (disk is null)
                return Off;
            foreach (var url in used)
            {
                if (disk.Find(url) is { } copy)
                    results[url.AbsoluteUri] = new FetchedImage(copy.Bytes, null);
            }
            return new RemoteImages(results, off: true);
        }
        foreach (var url in addresses.Skip(used.Count))
            results[url.AbsoluteUri] = FetchedImage.Failed($"the export uses {limits.MaxRemoteImages} remote images at most");
        if (used.Count > 0)
        {
            var fetched = await new FetchRound(limits, handler, disk).RunAsync(used, progress, cancellationToken).ConfigureAwait(false);
            for (var index = 0; index < used.Count; index++)
                results[used[index].AbsoluteUri] = fetched[index];
        }
        disk?.Trim();
        return new RemoteImages(results, off: false);
    }

    /// <summary>The images had and usable, in no particular order (a writer may decode them ahead).</summary>
    public IEnumerable<(Uri Url, byte[] Bytes)> Fetched =>
        outcomes.Where(image => image.Value.Bytes is not null).Select(image => (new Uri(image.Key), image.Value.Bytes!));

    /// <summary>The http(s) address a picture reference names, or null for a space path or another scheme.</summary>
    public static Uri? Address(string reference) =>
        Uri.TryCreate(LinkTargets.Clean(reference), UriKind.Absolute, out var url) && RemoteImageFetcher.IsWeb(url) ? url : null;

    /// <summary>
    /// The bytes of <paramref name="url"/>, or null when there are none: then reported at
    /// <paramref name="file"/>:<paramref name="line"/> as <paramref name="offCode"/> (information) when remote
    /// images are off, else as the outcome's code (<see cref="DiagnosticCodes.ImageRemoteFailed"/>,
    /// <see cref="DiagnosticCodes.ImageRemoteBudget"/>); <paramref name="instead"/> says what the writer shows in its place.
    /// </summary>
    public byte[]? Bytes(Uri url, DiagnosticBag diagnostics, string file, int line, string offCode, string instead)
    {
        var outcome = outcomes.GetValueOrDefault(url.AbsoluteUri);
        if (outcome?.Bytes is { } bytes)
            return bytes;
        if (off)
        {
            diagnostics.Replaced(ReplacedContent.Image, offCode, file, line,
                $"The remote image '{url}' is not fetched (remote images are off) and no copy of it is cached: {instead}.", DiagnosticSeverity.Info);
            return null;
        }
        outcome ??= FetchedImage.Failed("it was not among the pictures fetched ahead");
        diagnostics.Replaced(ReplacedContent.Image, outcome.Code, file, line, $"The remote image '{url}' could not be used, {outcome.Problem}: {instead}.");
        return null;
    }
}
