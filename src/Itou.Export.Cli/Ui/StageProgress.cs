namespace Itou.Export.Cli.Ui;

/// <summary>
/// Shows how far an export is: on a terminal, one bar redrawn in place on standard error; when
/// standard error is redirected (CI logs, files), one plain line per stage; nothing under --quiet.
/// </summary>
internal sealed class StageProgress(Messages messages, int stageCount) : IDisposable
{
    private const int BarWidth = 24;
    private int stage;
    private bool drawn;

    /// <summary>Starts the next stage, e.g. <c>reading the space</c>.</summary>
    public void Next(string label)
    {
        stage = Math.Min(stage + 1, stageCount);
        if (messages.Quiet)
            return;
        if (!messages.Interactive)
        {
            messages.Info($"[{stage}/{stageCount}] {label}");
            return;
        }
        var filled = BarWidth * (stage - 1) / stageCount;
        messages.Raw($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {stage}/{stageCount} {label}\u001b[K");
        drawn = true;
    }

    /// <summary>Clears the bar so that the summary starts on a clean line.</summary>
    public void Dispose()
    {
        if (drawn)
            messages.Raw("\r\u001b[K");
    }
}
