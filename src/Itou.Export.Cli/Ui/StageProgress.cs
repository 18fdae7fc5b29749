using Itou.Export.Publishing;

namespace Itou.Export.Cli.Ui;

/// <summary>
/// Shows how far an export is: stages (reading, writing, saving), and inside the writing stage the
/// library's reports page by page (<see cref="ExportProgress"/>). On a terminal, one bar redrawn in place
/// on standard error that fills as the reported phases go (the pages are the time an export takes; reading
/// and saving are short), full for the last stage; when standard error is redirected (CI
/// logs, files), one plain line per stage and, per phase, a line at each quarter done (every page of a
/// short book, four lines for a long one); nothing under --quiet.
/// </summary>
internal sealed class StageProgress(Messages messages, int stageCount) : IProgress<ExportProgress>, IDisposable
{
    private const int BarWidth = 24;
    private const int LabelWidth = 48;
    private const int PlainLinesPerPhase = 4;
    private readonly Lock gate = new();
    private ExportPhase[] phases = [];
    private int stage;
    private double done;
    private int plainLinesPrinted;
    private ExportPhase? phasePrinted;
    private bool drawn;

    /// <summary>Starts the next stage, e.g. <c>reading the space</c>; <paramref name="reportedPhases"/> are the export phases it will report, in order.</summary>
    public void Next(string label, IReadOnlyList<ExportPhase>? reportedPhases = null)
    {
        lock (gate)
        {
            stage = Math.Min(stage + 1, stageCount);
            phases = [.. reportedPhases ?? []];
            if (messages.Quiet)
                return;
            if (stage == stageCount)
                done = 1;
            if (messages.Interactive)
                Draw(label);
            else
                messages.Info($"[{stage}/{stageCount}] {label}");
        }
    }

    /// <summary>One page (or remote image) done in the current stage.</summary>
    public void Report(ExportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (messages.Quiet || value.Total <= 0)
            return;
        lock (gate)
        {
            var unit = value.Phase == ExportPhase.FetchingImages ? "images" : "pages";
            if (messages.Interactive)
            {
                var phaseIndex = Math.Max(0, Array.IndexOf(phases, value.Phase));
                done = (phaseIndex + (double)value.Current / value.Total) / Math.Max(1, phases.Length);
                Draw($"{Verb(value.Phase)} {value.Current}/{value.Total} {unit} {value.Title ?? value.Path}");
            }
            else
            {
                PrintPlain(value, unit);
            }
        }
    }

    /// <summary>Clears the bar so that the summary starts on a clean line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (drawn)
                messages.Raw("\r\u001b[K");
            drawn = false;
        }
    }

    // Redirected: a line each time another quarter of the phase is done (the last page always).
    private void PrintPlain(ExportProgress value, string unit)
    {
        if (phasePrinted != value.Phase)
            (phasePrinted, plainLinesPrinted) = (value.Phase, 0);
        var quarters = (int)((long)value.Current * PlainLinesPerPhase / value.Total);
        if (quarters <= plainLinesPrinted)
            return;
        plainLinesPrinted = quarters;
        messages.Info($"  {Verb(value.Phase)}: {value.Current}/{value.Total} {unit}");
    }

    // The label is cut to fit one terminal line (a wrapped line cannot be redrawn in place).
    private void Draw(string label)
    {
        var filled = (int)(BarWidth * Math.Clamp(done, 0, 1));
        var text = $"{stage}/{stageCount} {label}";
        if (text.Length > LabelWidth)
            text = text[..(LabelWidth - 1)] + "…";
        messages.Raw($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {text}\u001b[K");
        drawn = true;
    }

    private static string Verb(ExportPhase phase) => phase switch
    {
        ExportPhase.FetchingImages => "fetching images",
        ExportPhase.Composing => "composing",
        ExportPhase.Measuring => "measuring",
        ExportPhase.Drawing => "drawing",
        _ => "writing",
    };
}
