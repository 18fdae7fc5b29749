using System.Globalization;
using Itou.Export.Publishing;

namespace Itou.Export.Imaging.Remote;

/// <summary>
/// One export's fetching of its remote pictures: <see cref="Concurrency"/> at a time, all within
/// <see cref="ExportLimits.RemoteImageBudget"/>, through the cache when there is one. For each address: a
/// fresh cached copy is used without asking; else the server is asked (with the copy's validators, so an
/// unchanged picture costs a 304); past the budget, or when the server fails, the copy is used as it is,
/// and without a copy the picture is reported. Each outcome lands at its address's index: what the
/// export gets never depends on which fetch finished first.
/// </summary>
internal sealed class FetchRound(ExportLimits limits, HttpMessageHandler? handler, ImageCache? cache)
{
    /// <summary>Fetches running at once: enough to hide latency, few enough to be polite to one server.</summary>
    public const int Concurrency = 4;

    /// <summary>The outcome for each of <paramref name="urls"/>, in their order. Cancellation throws; the budget running out does not.</summary>
    public async Task<FetchedImage[]> RunAsync(IReadOnlyList<Uri> urls, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var ownHandler = handler is null ? RemoteImageFetcher.DefaultHandler(limits) : null;
        try
        {
            using var client = RemoteImageFetcher.Client(handler ?? ownHandler!);
            var fetcher = new RemoteImageFetcher(client, limits);
            // No budget: nothing is asked for.
            using var budget = TimeLimit.After(limits.RemoteImageBudget, cancellationToken);
            var counter = new PhaseCounter(progress, ExportPhase.FetchingImages, urls.Count);
            var outcomes = new FetchedImage[urls.Count];
            // No cancellation token for the loop itself: every address gets an outcome, the ones past the budget at once.
            await Parallel.ForAsync(0, urls.Count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (index, _) =>
            {
                outcomes[index] = await OneAsync(fetcher, urls[index], budget.Token, cancellationToken).ConfigureAwait(false);
                counter.Done(urls[index].AbsoluteUri);
            }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return outcomes;
        }
        finally
        {
            ownHandler?.Dispose();
        }
    }

    private async Task<FetchedImage> OneAsync(RemoteImageFetcher fetcher, Uri url, CancellationToken budget, CancellationToken cancellationToken)
    {
        var copy = cache?.Find(url);
        if (copy is { IsFresh: true })
            return new FetchedImage(copy.Bytes, null);
        if (budget.IsCancellationRequested)
            return copy is null ? BudgetSpent() : new FetchedImage(copy.Bytes, null);
        FetchedImage fetched;
        try
        {
            fetched = await fetcher.FetchAsync(url, copy, budget).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return copy is null ? BudgetSpent() : new FetchedImage(copy.Bytes, null);
        }
        // A copy that is no longer confirmed still shows the picture better than its description does.
        if (fetched.Bytes is null)
            return copy is null ? fetched : new FetchedImage(copy.Bytes, null);
        if (fetched.Validators is { } validators)
            cache?.Store(url, fetched.Bytes, validators);
        return fetched;
    }

    private FetchedImage BudgetSpent() =>
        FetchedImage.Failed($"not asked for: the export's {limits.RemoteImageBudget.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s for remote images were spent")
            with { Code = DiagnosticCodes.ImageRemoteBudget };
}
