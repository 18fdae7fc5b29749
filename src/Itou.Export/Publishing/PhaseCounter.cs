namespace Itou.Export.Publishing;

/// <summary>
/// Counts the steps of one phase and reports each to the caller's <see cref="IProgress{T}"/>, numbered
/// in the order they finish (safe from several threads: the count and the report happen together).
/// </summary>
internal sealed class PhaseCounter(IProgress<ExportProgress>? progress, ExportPhase phase, int total)
{
    private readonly Lock gate = new();
    private int current;

    /// <summary>One more step done: the page (or image) at <paramref name="path"/>.</summary>
    public void Done(string path, string? title = null)
    {
        if (progress is null)
            return;
        lock (gate)
            progress.Report(new ExportProgress(phase, ++current, total, path, title));
    }
}
