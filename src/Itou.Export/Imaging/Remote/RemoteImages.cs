using Itou.Export.Imaging;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Imaging.Remote;

/// <summary>
/// The remote images of one export, fetched before rendering (the writers are synchronous): each
/// http(s) address the pages show is fetched once, several at a time, within the limits. With
/// <see cref="ExportLimits.AllowRemoteImages"/> off nothing is fetched and no connection is made. The
/// writers then ask for an address's bytes; what was not fetched is reported where the page uses it.
/// </summary>
internal sealed class RemoteImages
{
    /// <summary>Fetches running at once: enough to hide latency, few enough to be polite to one server.</summary>
    public const int Concurrency = 4;

    private readonly IReadOnlyDictionary<string, FetchedImage>? fetched;

    private RemoteImages(IReadOnlyDictionary<string, FetchedImage>? fetched) => this.fetched = fetched;

    /// <summary>Remote images off: every address is reported as not fetched.</summary>
    public static RemoteImages Off { get; } = new(null);

    /// <summary>
    /// Fetches the remote pictures of <paramref name="publication"/>'s pages when <paramref name="limits"/>
    /// allow it (the first <see cref="ExportLimits.MaxRemoteImages"/> addresses in document order), through
    /// <paramref name="handler"/> or a default one; each address done is reported to <paramref name="progress"/>.
    /// </summary>
    public static async Task<RemoteImages> FetchAsync(Publication publication, ExportLimits limits, HttpMessageHandler? handler,
        IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!limits.AllowRemoteImages)
            return Off;
        var addresses = publication.Pages.SelectMany(PagePictures.Of).Select(picture => Address(picture.Reference))
            .OfType<Uri>().DistinctBy(url => url.AbsoluteUri).ToList();
        var results = new Dictionary<string, FetchedImage>(StringComparer.Ordinal);
        foreach (var url in addresses.Skip(limits.MaxRemoteImages))
            results[url.AbsoluteUri] = FetchedImage.Failed($"the export fetches {limits.MaxRemoteImages} remote images at most");
        var toFetch = addresses.Take(limits.MaxRemoteImages).ToList();
        if (toFetch.Count == 0)
            return new RemoteImages(results);
        var ownHandler = handler is null ? RemoteImageFetcher.DefaultHandler(limits) : null;
        try
        {
            using var client = RemoteImageFetcher.Client(handler ?? ownHandler!);
            var fetcher = new RemoteImageFetcher(client, limits);
            var counter = new PhaseCounter(progress, ExportPhase.FetchingImages, toFetch.Count);
            var outcomes = new FetchedImage[toFetch.Count];
            await Parallel.ForAsync(0, toFetch.Count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
                async (index, token) =>
                {
                    outcomes[index] = await fetcher.FetchAsync(toFetch[index], token).ConfigureAwait(false);
                    counter.Done(toFetch[index].AbsoluteUri);
                }).ConfigureAwait(false);
            for (var index = 0; index < toFetch.Count; index++)
                results[toFetch[index].AbsoluteUri] = outcomes[index];
        }
        finally
        {
            ownHandler?.Dispose();
        }
        return new RemoteImages(results);
    }

    /// <summary>The images fetched and usable, in no particular order (a writer may decode them ahead).</summary>
    public IEnumerable<(Uri Url, byte[] Bytes)> Fetched =>
        fetched is null ? [] : fetched.Where(image => image.Value.Bytes is not null).Select(image => (new Uri(image.Key), image.Value.Bytes!));

    /// <summary>The http(s) address a picture reference names, or null for a space path or another scheme.</summary>
    public static Uri? Address(string reference) =>
        Uri.TryCreate(LinkTargets.Clean(reference), UriKind.Absolute, out var url) && RemoteImageFetcher.IsWeb(url) ? url : null;

    /// <summary>
    /// The fetched bytes of <paramref name="url"/>, or null when there are none: then reported at
    /// <paramref name="file"/>:<paramref name="line"/> as <paramref name="offCode"/> (information) when remote
    /// images are off, else as <see cref="DiagnosticCodes.ImageRemoteFailed"/>; <paramref name="instead"/> says
    /// what the writer shows in its place.
    /// </summary>
    public byte[]? Bytes(Uri url, DiagnosticBag diagnostics, string file, int line, string offCode, string instead)
    {
        if (fetched is null)
        {
            diagnostics.Replaced(ReplacedContent.Image, offCode, file, line, $"The remote image '{url}' is not fetched (remote images are off): {instead}.", DiagnosticSeverity.Info);
            return null;
        }
        var outcome = fetched.GetValueOrDefault(url.AbsoluteUri) ?? FetchedImage.Failed("it was not among the pictures fetched ahead");
        if (outcome.Bytes is null)
            diagnostics.Replaced(ReplacedContent.Image, DiagnosticCodes.ImageRemoteFailed, file, line, $"The remote image '{url}' could not be used, {outcome.Problem}: {instead}.");
        return outcome.Bytes;
    }
}
