namespace Itou.Export.Imaging.Remote;

/// <summary>A linked cancellation that fires after a limit of the export (the budget, the per-picture timeout).</summary>
internal static class TimeLimit
{
    /// <summary>
    /// A source linked to <paramref name="cancellationToken"/> that cancels after <paramref name="limit"/>. A zero or
    /// negative limit cancels at once: a timer of zero fires later, on the thread pool, so a quick server could
    /// answer first. A limit past what a timer takes is clamped to it.
    /// </summary>
    public static CancellationTokenSource After(TimeSpan limit, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (limit <= TimeSpan.Zero)
            source.Cancel();
        else
            source.CancelAfter(TimeSpan.FromMilliseconds(Math.Min(limit.TotalMilliseconds, int.MaxValue - 1)));
        return source;
    }
}
