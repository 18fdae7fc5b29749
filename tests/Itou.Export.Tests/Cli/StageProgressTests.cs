using System.Text.RegularExpressions;
using Itou.Export.Cli.Ui;
using Itou.Export.Publishing;

namespace Itou.Export.Tests.Cli;

/// <summary>
/// The progress bar as a terminal sees it (the CLI run as a process always has its standard error
/// redirected, so the bar is driven here directly): one line redrawn in place, filling through the
/// phases without going back, short enough never to wrap, cleared at the end.
/// </summary>
public sealed partial class StageProgressTests
{
    [Fact]
    public void On_a_terminal_one_line_is_redrawn_and_fills_through_the_phases()
    {
        using var error = new StringWriter();
        var messages = new Messages(TextWriter.Null, error, quiet: false, verbose: false, terminal: true);
        var progress = new StageProgress(messages, 3);
        ExportPhase[] phases = [ExportPhase.Composing, ExportPhase.Measuring, ExportPhase.Drawing];

        progress.Next("reading the space");
        progress.Next("writing 40 pages to PDF", phases);
        foreach (var phase in phases)
        {
            for (var page = 1; page <= 40; page++)
                progress.Report(new ExportProgress(phase, page, 40, $"page-{page}.md", $"Une page au titre assez long pour déborder de la ligne {page}"));
        }
        progress.Next("saving");
        progress.Dispose();

        var text = error.ToString();
        Assert.DoesNotContain('\n', text);
        var frames = text.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\u001b[K", frames[^1]); // the bar is cleared for the summary
        var bars = frames[..^1].Select(frame => Frame().Match(frame)).ToList();
        Assert.All(bars, bar => Assert.True(bar.Success, "not a bar line: " + bar.Value));
        Assert.Equal(2 + 3 * 40 + 1, bars.Count);
        var filled = bars.Select(bar => bar.Groups["filled"].Length).ToList();
        Assert.Equal(filled.Order(), filled); // never goes back
        Assert.Equal([0, 0, 24], [filled[0], filled[1], filled[^1]]);
        Assert.Equal(12, filled[2 + 60 - 1]); // half the pages' work done: half the bar
        Assert.All(bars, bar => Assert.Equal(24, bar.Groups["filled"].Length + bar.Groups["empty"].Length));
        Assert.All(bars, bar => Assert.InRange(bar.Groups["label"].Length, 1, 48));
        Assert.Contains("2/3 measuring 20/40 pages Une page", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_draws_nothing()
    {
        using var error = new StringWriter();
        var progress = new StageProgress(new Messages(TextWriter.Null, error, quiet: true, verbose: false, terminal: true), 3);

        progress.Next("writing", [ExportPhase.Writing]);
        progress.Report(new ExportProgress(ExportPhase.Writing, 1, 1, "a.md", "A"));
        progress.Dispose();

        Assert.Equal("", error.ToString());
    }

    [GeneratedRegex(@"^\[(?<filled>#*)(?<empty>\.*)\] (?<label>.+)\u001b\[K$")]
    private static partial Regex Frame();
}
